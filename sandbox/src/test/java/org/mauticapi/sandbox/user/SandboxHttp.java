package org.mauticapi.sandbox.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.sandbox.SandboxApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An empty sandbox on a free port and a client for it, for the HTTP tests of the setup
 * endpoints and the contact sub-resources; answers of documented operations can be
 * checked against the contract.
 */
public final class SandboxHttp implements AutoCloseable {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private final ConfigurableApplicationContext context;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private SandboxHttp(ConfigurableApplicationContext context) {
		this.context = context;
		this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * Starts an empty sandbox on a free port (arguments, because
	 * mautic-sandbox.properties outranks default properties) whose clock starts when the
	 * recordings did.
	 */
	public static SandboxHttp start() {
		return new SandboxHttp(new SpringApplication(SandboxApplication.class).run(
				"--spring.config.name=mautic-sandbox", "--server.port=0", "--server.address=127.0.0.1",
				"--sandbox.seed=empty", "--sandbox.start-time=2026-11-22T20:28:04Z"));
	}

	public Answer get(String path) {
		return send("GET", path, null);
	}

	public Answer post(String path, String json) {
		return send("POST", path, json);
	}

	public Answer post(String path) {
		return send("POST", path, null);
	}

	public Answer delete(String path) {
		return send("DELETE", path, null);
	}

	/** Creates a contact and answers its id. */
	public long createContact(String json) {
		return post("/api/contacts/new", json).body().path("contact").path("id").asLong();
	}

	private Answer send(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method,
					(json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:mautic".getBytes(StandardCharsets.UTF_8)));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(method, path, response.statusCode(), JsonMapper.shared().readTree(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * An answer.
	 *
	 * @param method the request method
	 * @param path the request path with its query
	 * @param status the status
	 * @param body the body
	 */
	public record Answer(String method, String path, int status, JsonNode body) {

		/** What the contract finds wrong with this answer of a documented operation. */
		public List<String> contractViolations() {
			int query = this.path.indexOf('?');
			return CONTRACT.validateResponse(this.method, (query < 0) ? this.path : this.path.substring(0, query),
					this.status, this.body);
		}

	}

}
