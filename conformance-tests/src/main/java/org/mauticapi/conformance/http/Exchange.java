package org.mauticapi.conformance.http;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One request to the target and its answer: enough to judge the answer and to show how to
 * send the request again.
 *
 * @param method the HTTP method
 * @param path the path below {@code /api}, query string included, as sent
 * @param requestBody the JSON request body, or {@code null}
 * @param authentication which credentials the request carried
 * @param status the response status
 * @param contentType the {@code Content-Type} response header, or {@code null}
 * @param mauticVersion the {@code Mautic-Version} response header, if sent
 * @param bodyText the response body as received
 * @param body the body as JSON, or {@code null} when it is not JSON
 */
public record Exchange(String method, String path, @Nullable String requestBody, Authentication authentication,
		int status, @Nullable String contentType, @Nullable String mauticVersion, String bodyText,
		@Nullable JsonNode body) {

	/**
	 * The path without its query string, to match it to an operation of the contract.
	 * @return the path
	 */
	public String pathWithoutQuery() {
		int query = this.path.indexOf('?');
		return (query < 0) ? this.path : this.path.substring(0, query);
	}

	/**
	 * Whether the answer says it is JSON, as Mautic's API always does
	 * ({@code application/json}).
	 * @return whether the media type is {@code application/json}
	 */
	public boolean declaresJson() {
		return this.contentType != null
				&& this.contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json");
	}

	@Override
	public String toString() {
		return this.method + " /api" + this.path + " answered " + this.status;
	}

}
