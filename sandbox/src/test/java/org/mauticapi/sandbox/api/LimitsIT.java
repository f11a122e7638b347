package org.mauticapi.sandbox.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.SandboxServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the sandbox's limits answer in Mautic's envelope: a body over the size
 * limit, a create past the store's capacity.
 */
class LimitsIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxServer.start(0,
				Map.of("sandbox.seed", "empty", "sandbox.max-body-size", "1KB", "sandbox.max-contacts", "2"));
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void refusesABodyOverTheLimit() throws IOException, InterruptedException {
		HttpResponse<String> response = create("{\"firstname\":\"" + "x".repeat(5000) + "\"}");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).startsWith("{\"errors\":[{").contains("\"code\":413");
	}

	@Test
	void refusesCreatesPastTheStoresCapacity() throws IOException, InterruptedException {
		create("{\"email\":\"one@example.com\"}");
		create("{\"email\":\"two@example.com\"}");

		HttpResponse<String> third = create("{\"email\":\"three@example.com\"}");

		assertThat(third.statusCode()).isEqualTo(507);
		assertThat(third.body()).contains("sandbox.max-contacts");
	}

	private static HttpResponse<String> create(String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/api/contacts/new"))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:mautic".getBytes(StandardCharsets.UTF_8)))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
