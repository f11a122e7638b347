package org.mauticapi.gateway.docs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The request headers GraphiQL opens with. GraphQL answers an unauthenticated query with
 * 200 and an error, so a browser never offers its own credentials: without these the
 * example query only says "API authorization denied". On a local Mautic (the embedded
 * demo sandbox) they are its demo credentials, so the example answers at the first click;
 * otherwise they are a template of what the caller must send.
 */
class GraphiQlHeaders {

	private final DemoCredentials credentials;

	GraphiQlHeaders(DemoCredentials credentials) {
		this.credentials = credentials;
	}

	/**
	 * The headers as the JSON text of GraphiQL's headers pane.
	 * @return a JSON object
	 */
	String json() {
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(headers());
	}

	private Map<String, String> headers() {
		if (this.credentials.apiKeys()) {
			return Map.of("X-Api-Key", "<one of mautic.api-keys>");
		}
		String authorization = this.credentials.pair()
			.map((pair) -> "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
			.orElse("Basic <base64 of user:password>");
		return Map.of("Authorization", authorization);
	}

}
