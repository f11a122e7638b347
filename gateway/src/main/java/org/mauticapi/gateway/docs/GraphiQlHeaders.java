package org.mauticapi.gateway.docs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.config.UpstreamAuthProperties.Mode;
import org.mauticapi.gateway.upstream.EmbeddedSandbox;

/**
 * The request headers GraphiQL opens with. GraphQL answers an unauthenticated query with 200 and an error, so a
 * browser never offers its own credentials: without these the example query only says "API authorization denied".
 * On the embedded sandbox they are its demo credentials, so the example answers at the first click; otherwise they
 * are a template of what the caller must send. No configured secret is ever written into the page.
 */
class GraphiQlHeaders {

	private final GatewayProperties properties;

	private final EmbeddedSandbox sandbox;

	GraphiQlHeaders(GatewayProperties properties, EmbeddedSandbox sandbox) {
		this.properties = properties;
		this.sandbox = sandbox;
	}

	/**
	 * The headers as the JSON text of GraphiQL's headers pane.
	 * @return a JSON object
	 */
	String json() {
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(headers());
	}

	private Map<String, String> headers() {
		if (this.properties.auth().mode() == Mode.SERVICE) {
			return Map.of("X-Api-Key", "<one of mautic.api-keys>");
		}
		String authorization = this.sandbox.basicCredentials()
			.map((pair) -> "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
			.orElse("Basic <base64 of user:password>");
		return Map.of("Authorization", authorization);
	}

}
