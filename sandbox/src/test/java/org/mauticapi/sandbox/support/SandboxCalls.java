package org.mauticapi.sandbox.support;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.MauticApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls a running sandbox as the API user and reads the answers as JSON; for HTTP-level
 * tests.
 */
public final class SandboxCalls {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private final WebTestClient client;

	private SandboxCalls(WebTestClient client) {
		this.client = client;
	}

	/**
	 * A client of the sandbox listening on this port.
	 * @param port the port
	 * @return the client
	 */
	public static SandboxCalls onPort(int port) {
		return new SandboxCalls(WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port + "/api")
			.responseTimeout(Duration.ofSeconds(30))
			.defaultHeaders((headers) -> headers.setBasicAuth("admin", "mautic"))
			.build());
	}

	public Answer get(String path) {
		return answer("GET", path, this.client.get().uri(path).exchange().expectBody(String.class).returnResult());
	}

	public Answer post(String path) {
		return answer("POST", path, this.client.post().uri(path).exchange().expectBody(String.class).returnResult());
	}

	public Answer post(String path, String json) {
		return answer("POST", path,
				this.client.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(json)
					.exchange()
					.expectBody(String.class)
					.returnResult());
	}

	/**
	 * Sends a request with any method, with a JSON body or none.
	 * @param method the method
	 * @param path the path under {@code /api}
	 * @param json the body, or null
	 * @return the answer
	 */
	public Answer send(String method, String path, @Nullable String json) {
		WebTestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(method)).uri(path);
		WebTestClient.ResponseSpec response = (json != null)
				? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange() : request.exchange();
		return answer(method, path, response.expectBody(String.class).returnResult());
	}

	public Answer postForm(String path, String form) {
		return answer("POST", path,
				this.client.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.bodyValue(form)
					.exchange()
					.expectBody(String.class)
					.returnResult());
	}

	/**
	 * Creates a contact.
	 * @param json the contact's payload
	 * @return its id
	 */
	public long createContact(String json) {
		Answer created = post("/contacts/new", json);
		if (created.status() != 201) {
			throw new IllegalStateException("Contact not created: " + created);
		}
		return created.body().path("contact").path("id").asLong();
	}

	private static Answer answer(String method, String path, EntityExchangeResult<String> result) {
		HttpStatusCode status = result.getStatus();
		String body = result.getResponseBody();
		return new Answer(method, path, status.value(), (body != null && !body.isEmpty())
				? JsonMapper.shared().readTree(body) : JsonNodeFactory.instance.nullNode(),
				result.getResponseHeaders().getFirst("Location"));
	}

	/**
	 * An answer of the sandbox.
	 *
	 * @param method the request method
	 * @param path the request path, below {@code /api}
	 * @param status the status
	 * @param body the JSON body
	 * @param location the {@code Location} header, if any
	 */
	public record Answer(String method, String path, int status, JsonNode body, @Nullable String location) {

		/**
		 * What the contract finds wrong with this answer.
		 * @return the violations, empty when it conforms
		 */
		public List<String> contractViolations() {
			return CONTRACT.validateResponse(this.method, "/api" + this.path, this.status, this.body);
		}

	}

}
