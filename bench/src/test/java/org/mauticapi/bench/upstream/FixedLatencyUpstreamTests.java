package org.mauticapi.bench.upstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.bench.upstream.ExampleAnswers.Route;
import org.mauticapi.contract.MauticApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FixedLatencyUpstream}: every operation of the contract is answered
 * with its documented example, and the lists a benchmark needs are synthesised.
 */
class FixedLatencyUpstreamTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static FixedLatencyUpstream upstream;

	@BeforeAll
	static void start() {
		upstream = FixedLatencyUpstream.start(0, Duration.ZERO, 1000);
	}

	@AfterAll
	static void stop() {
		upstream.close();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void answersEveryOperationWithItsDocumentedExample(Route route) throws Exception {
		String path = concretePath(route.pathTemplate());

		HttpResponse<byte[]> response = send(route.method(), path);

		assertThat(response.statusCode()).isEqualTo(route.status());
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode body = JsonMapper.shared().readTree(response.body());
		if (!route.operationId().equals("listContacts") && !route.operationId().equals("listSegments")) {
			assertThat(body).isEqualTo(JsonMapper.shared().readTree(route.body()));
		}
	}

	static Stream<Named<Route>> operations() {
		List<Route> routes = ExampleAnswers.of(MauticApiContract.load()).routes();
		return routes.stream().map((route) -> Named.of(route.operationId(), route));
	}

	@Test
	void coversEveryOperationOfTheContract() {
		List<Route> routes = ExampleAnswers.of(MauticApiContract.load()).routes();

		assertThat(routes).hasSize(MauticApiContract.load().operations().size());
	}

	@Test
	void answersAsManyContactsAsAskedForWithDistinctIds() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/api/contacts?search=segment:vip-customers&start=40&limit=50");

		JsonNode body = JsonMapper.shared().readTree(response.body());
		assertThat(body.path("total").asString()).isEqualTo("1000");
		assertThat(body.path("contacts").propertyNames()).hasSize(50).startsWith("41").endsWith("90");
		assertThat(body.path("contacts").path("41").path("id").asInt()).isEqualTo(41);
		assertThat(body.path("contacts").path("90").path("fields").path("all").path("email").asString())
			.isEqualTo("contact90@example.com");
	}

	@Test
	void answersNoMoreContactsThanItHolds() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/api/contacts?start=990&limit=30");

		assertThat(JsonMapper.shared().readTree(response.body()).path("contacts").propertyNames()).hasSize(10);
	}

	@Test
	void answersTheSegmentWithTheAliasSearchedFor() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/api/segments?search=vip-customers&limit=0");

		JsonNode segments = JsonMapper.shared().readTree(response.body()).path("lists");
		assertThat(segments.values().iterator().next().path("alias").asString()).isEqualTo("vip-customers");
	}

	@Test
	void countsTheApiRequestsItAnsweredAndResetsTheCount() throws Exception {
		send("GET", "/__stats");
		send("GET", "/api/contacts/1/segments");
		send("GET", "/api/contacts/2/activity?limit=5&page=1");

		String first = new String(send("GET", "/__stats").body());
		String second = new String(send("GET", "/__stats").body());

		assertThat(first).isEqualTo("{\"requests\":2}");
		assertThat(second).isEqualTo("{\"requests\":0}");
	}

	@Test
	void answersAnUndocumentedPathWithNotFound() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/api/contacts/1/events/extra");

		assertThat(response.statusCode()).isEqualTo(404);
	}

	private static String concretePath(String template) {
		return "/api" + template.replaceAll("\\{[^/}]+}", "7");
	}

	private static HttpResponse<byte[]> send(String method, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(upstream.baseUrl() + path))
			.method(method,
					method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.build();
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
