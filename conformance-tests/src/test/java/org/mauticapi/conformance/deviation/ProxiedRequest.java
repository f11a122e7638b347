package org.mauticapi.conformance.deviation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A request the kit sent, as the deviating proxy sees it.
 *
 * @param method the HTTP method
 * @param path the path below {@code /api}, with its query string
 * @param body the body, empty when there is none
 * @param authorization the {@code Authorization} header, empty when there is none
 */
public record ProxiedRequest(String method, String path, String body, String authorization) {

	/**
	 * Whether this is a call of one operation.
	 * @param expectedMethod the method
	 * @param pathPattern a regular expression for the path below {@code /api}, without
	 * the query string
	 * @return whether both match
	 */
	public boolean is(String expectedMethod, String pathPattern) {
		return this.method.equals(expectedMethod) && Pattern.matches(pathPattern, pathWithoutQuery());
	}

	/**
	 * Whether the query string has a parameter.
	 * @param name the parameter's name as sent (e.g. {@code where[0][col]},
	 * percent-encoded or not)
	 * @return whether it is there
	 */
	public boolean hasParameter(String name) {
		return query().contains(name + "=") || query().contains(encode(name) + "=");
	}

	/**
	 * The same request without every query parameter whose name starts with a prefix.
	 * @param prefix e.g. {@code search} or {@code where}
	 * @return the request
	 */
	public ProxiedRequest withoutParameters(String prefix) {
		String kept = String.join("&",
				Arrays.stream(query().split("&"))
					.filter((parameter) -> !parameter.isEmpty() && !parameter.startsWith(prefix)
							&& !parameter.startsWith(encode(prefix)))
					.toList());
		return new ProxiedRequest(this.method, pathWithoutQuery() + (kept.isEmpty() ? "" : "?" + kept), this.body,
				this.authorization);
	}

	/**
	 * The same request to another path, query string kept.
	 * @param method the method
	 * @param newPath the path below {@code /api}, without query string
	 * @return the request
	 */
	public ProxiedRequest to(String method, String newPath) {
		return new ProxiedRequest(method, newPath + (query().isEmpty() ? "" : "?" + query()), this.body,
				this.authorization);
	}

	/**
	 * The same request to another path and query string.
	 * @param pathAndQuery the path below {@code /api}, with its query string
	 * @return the request
	 */
	public ProxiedRequest withPath(String pathAndQuery) {
		return new ProxiedRequest(this.method, pathAndQuery, this.body, this.authorization);
	}

	/**
	 * The same request with another body.
	 * @param newBody the body
	 * @return the request
	 */
	public ProxiedRequest withBody(String newBody) {
		return new ProxiedRequest(this.method, this.path, newBody, this.authorization);
	}

	/**
	 * Whether the request carries HTTP Basic credentials whose password is not the
	 * sandbox's.
	 * @return whether the credentials are wrong
	 */
	public boolean hasWrongPassword() {
		if (!this.authorization.startsWith("Basic ")) {
			return false;
		}
		String decoded = new String(Base64.getDecoder().decode(this.authorization.substring(6)),
				StandardCharsets.UTF_8);
		return !decoded.endsWith(":mautic");
	}

	public String pathWithoutQuery() {
		int query = this.path.indexOf('?');
		return (query < 0) ? this.path : this.path.substring(0, query);
	}

	private String query() {
		int query = this.path.indexOf('?');
		return (query < 0) ? "" : this.path.substring(query + 1);
	}

	private static String encode(String name) {
		return name.replace("[", "%5B").replace("]", "%5D");
	}

}
