package org.mauticapi.sandbox.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.SandboxServer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that parallel writes lose nothing: every concurrent create gets its own contact
 * and id.
 */
class ConcurrentWritesIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxServer.start(0, Map.of("sandbox.seed", "empty"));
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void parallelCreatesEachMakeOneContact() throws IOException, InterruptedException {
		List<CompletableFuture<HttpResponse<String>>> creates = IntStream.range(0, 64)
			.mapToObj((i) -> http.sendAsync(
					request("POST", "/api/contacts/new", "{\"email\":\"parallel" + i + "@example.com\"}"),
					HttpResponse.BodyHandlers.ofString()))
			.toList();

		Set<Long> ids = creates.stream()
			.map(CompletableFuture::join)
			.map((response) -> JsonMapper.shared().readTree(response.body()).path("contact").path("id").asLong())
			.collect(Collectors.toSet());

		assertThat(ids).hasSize(64);
		HttpResponse<String> list = http.send(request("GET", "/api/contacts?limit=0", null),
				HttpResponse.BodyHandlers.ofString());
		assertThat(JsonMapper.shared().readTree(list.body()).path("total").asString()).isEqualTo("64");
	}

	private static HttpRequest request(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:mautic".getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return request.build();
	}

}
