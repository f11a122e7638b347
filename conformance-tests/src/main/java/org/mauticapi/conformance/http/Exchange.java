package org.mauticapi.conformance.http;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One request to the target and its answer.
 *
 * @param method the HTTP method
 * @param path the path below {@code /api}, query string included, as sent
 * @param status the response status
 * @param mauticVersion the {@code Mautic-Version} response header, if sent
 * @param bodyText the response body as received
 * @param body the body as JSON, or {@code null} when it is not JSON
 */
public record Exchange(String method, String path, int status, @Nullable String mauticVersion, String bodyText,
		@Nullable JsonNode body) {

	/**
	 * The path without its query string, to match it to an operation of the contract.
	 * @return the path
	 */
	public String pathWithoutQuery() {
		int query = this.path.indexOf('?');
		return (query < 0) ? this.path : this.path.substring(0, query);
	}

	@Override
	public String toString() {
		return this.method + " /api" + this.path + " answered " + this.status;
	}

}
