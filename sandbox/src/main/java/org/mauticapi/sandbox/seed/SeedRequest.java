package org.mauticapi.sandbox.seed;

import java.util.Locale;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a seed script: a Mautic API call, sent with a JSON body when it has one.
 *
 * @param method the HTTP method, upper case
 * @param path the request path starting with {@code /api/}, with concrete ids and an
 * optional query string, written without percent-encoding (the runner encodes it)
 * @param body the JSON body, or null to send none
 */
public record SeedRequest(String method, String path, @Nullable JsonNode body) {

	/** The methods a seed script may use. */
	public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	public SeedRequest {
		method = method.toUpperCase(Locale.ROOT);
		if (!METHODS.contains(method)) {
			throw new IllegalArgumentException("method must be one of " + METHODS + ", not '" + method + "'");
		}
		if (!path.startsWith("/api/")) {
			throw new IllegalArgumentException("path must start with /api/, not '" + path + "'");
		}
		if (path.contains("{") || path.contains("}")) {
			throw new IllegalArgumentException("path must hold concrete ids, not a template: '" + path + "'");
		}
		if (body != null && body.isNull()) {
			body = null;
		}
	}

	/**
	 * A POST with a JSON body.
	 * @param path the request path
	 * @param body the body
	 * @return the request
	 */
	public static SeedRequest post(String path, JsonNode body) {
		return new SeedRequest("POST", path, body);
	}

	/**
	 * A POST without a body.
	 * @param path the request path
	 * @return the request
	 */
	public static SeedRequest post(String path) {
		return new SeedRequest("POST", path, null);
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
