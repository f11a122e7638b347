package org.mauticapi.sandbox.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.sandbox.SandboxServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls a running sandbox as the API user and checks every answer of a documented
 * operation against the contract.
 */
final class SandboxClient {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private final WebTestClient client;

	/**
	 * Starts an empty sandbox on a free port. {@code SandboxServer.start(0, ...)} passes
	 * the port as a default property, which {@code mautic-sandbox.properties}
	 * ({@code server.port=8089}) overrides, so the free port is asked for as a system
	 * property while the sandbox starts.
	 * @param properties further properties
	 * @return the running sandbox
	 */
	static SandboxServer startSandbox(Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("sandbox.seed", "empty");
		String previous = System.setProperty("server.port", "0");
		try {
			return SandboxServer.start(0, all);
		}
		finally {
			if (previous != null) {
				System.setProperty("server.port", previous);
			}
			else {
				System.clearProperty("server.port");
			}
		}
	}

	SandboxClient(SandboxServer sandbox) {
		this.client = WebTestClient.bindToServer()
			.baseUrl(sandbox.baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth("admin", "mautic"))
			.build();
	}

	Answer get(String path) {
		return send(HttpMethod.GET, path, null);
	}

	Answer post(String path, String json) {
		return send(HttpMethod.POST, path, json);
	}

	Answer post(String path) {
		return send(HttpMethod.POST, path, null);
	}

	Answer put(String path, String json) {
		return send(HttpMethod.PUT, path, json);
	}

	Answer patch(String path, String json) {
		return send(HttpMethod.PATCH, path, json);
	}

	Answer delete(String path) {
		return send(HttpMethod.DELETE, path, null);
	}

	/** Creates a contact and answers its id. */
	long contact(String json) {
		return post("/api/contacts/new", json).body().path("contact").path("id").asLong();
	}

	/** Creates a segment and answers its id. */
	long segment(String json) {
		return post("/api/segments/new", json).body().path("list").path("id").asLong();
	}

	/**
	 * The ids of the segments a contact is listed in by {@code GET
	 * /contacts/{id}/segments}.
	 */
	List<Long> segmentsOf(long contactId) {
		JsonNode lists = get("/api/contacts/" + contactId + "/segments").body().path("lists");
		return lists.propertyNames().stream().map(Long::valueOf).toList();
	}

	private Answer send(HttpMethod method, String path, String json) {
		WebTestClient.RequestBodySpec request = this.client.method(method).uri(path);
		EntityExchangeResult<String> result = ((json != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json) : request)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		String text = result.getResponseBody();
		JsonNode body = JsonMapper.shared().readTree((text != null) ? text : "null");
		String location = result.getResponseHeaders().getFirst("Location");
		return new Answer(method.name(), path, result.getStatus().value(), body, location);
	}

	/**
	 * An answer of the sandbox.
	 *
	 * @param method the request method
	 * @param path the request path
	 * @param status the status
	 * @param body the body
	 * @param location the Location header, or null
	 */
	record Answer(String method, String path, int status, JsonNode body, String location) {

		/** What the contract says is wrong with this answer; empty when it conforms. */
		List<String> contractViolations() {
			String withoutQuery = this.path.contains("?") ? this.path.substring(0, this.path.indexOf('?')) : this.path;
			return CONTRACT.validateResponse(this.method, withoutQuery, this.status, this.body);
		}

	}

}
