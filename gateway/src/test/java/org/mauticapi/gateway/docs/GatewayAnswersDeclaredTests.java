package org.mauticapi.gateway.docs;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code /openapi.yaml} declares what the gateway answers by itself: each of
 * its refusals and upstream failures, provoked on a gateway in service mode in front of a
 * fake Mautic, has its status declared on the operation in the spec that gateway serves,
 * so Swagger UI never shows it as "Undocumented".
 */
class GatewayAnswersDeclaredTests {

	private static final String API_KEY = "docs-test-key";

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	private static String served;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/1")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Bad gateway</body></html>")));
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/2"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/3")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{}")
			.withFixedDelay(6000)));
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic), "mautic.auth.mode=service",
				"mautic.auth.username=svc", "mautic.auth.password=secret", "mautic.api-keys[0]=" + API_KEY,
				"mautic.max-body-size=1KB", "mautic.calls.response-timeout=2s", "mautic.calls.retries=0",
				"mautic.calls.circuit-breaker.minimum-calls=1000",
				"mautic.calls.circuit-breaker.sliding-window-size=1000");
		served = gateway.client()
			.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	static Stream<Arguments> gatewayAnswers() {
		return Stream.of(
				answer("an invalid parameter", "/contacts", "get", Set.of(400),
						(client) -> withKey(client.get().uri("/api/contacts?limit=many"))),
				answer("no API key", "/contacts", "get", Set.of(401), (client) -> client.get().uri("/api/contacts")),
				answer("an unknown upstream", "/contacts", "get", Set.of(400),
						(client) -> withKey(client.get().uri("/api/contacts")).header("X-Mautic-Upstream", "nowhere")),
				answer("a body over the limit", "/contacts/new", "post", Set.of(400, 413),
						(client) -> client.post()
							.uri("/api/contacts/new")
							.header("X-Api-Key", API_KEY)
							.contentType(MediaType.APPLICATION_JSON)
							.bodyValue("{\"firstname\":\"" + "x".repeat(2048) + "\"}")),
				answer("a content type Mautic does not read", "/contacts/new", "post", Set.of(415),
						(client) -> client.post()
							.uri("/api/contacts/new")
							.header("X-Api-Key", API_KEY)
							.contentType(MediaType.TEXT_PLAIN)
							.bodyValue("firstname=Ada")),
				answer("an HTML page instead of Mautic's JSON", "/contacts/{id}", "get", Set.of(502),
						(client) -> withKey(client.get().uri("/api/contacts/1"))),
				answer("a connection reset", "/contacts/{id}", "get", Set.of(502),
						(client) -> withKey(client.get().uri("/api/contacts/2"))),
				answer("no answer in time", "/contacts/{id}", "get", Set.of(504),
						(client) -> withKey(client.get().uri("/api/contacts/3"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("gatewayAnswers")
	void gatewaysOwnAnswerIsDeclaredOnTheOperation(Provoked provoked) {
		int status = provoked.request()
			.apply(gateway.client())
			.exchange()
			.expectBody()
			.returnResult()
			.getStatus()
			.value();

		assertThat(status).isIn(provoked.statuses());
		assertThat(GatewaySpec.declaredStatuses(served, provoked.path(), provoked.method())).as("answered %d", status)
			.contains(String.valueOf(status));
	}

	@Test
	void serviceModeAsksForTheGatewaysApiKey() {
		JsonNode spec = YAMLMapper.shared().readTree(served);

		assertThat(spec.at("/components/securitySchemes/gatewayApiKey/name").asString()).isEqualTo("X-Api-Key");
		assertThat(spec.at("/security/0").propertyNames()).containsExactly("gatewayApiKey");
		assertThat(spec.at("/servers/0/url").asString()).isEqualTo("/api");
	}

	private static WebTestClient.RequestHeadersSpec<?> withKey(WebTestClient.RequestHeadersSpec<?> request) {
		return request.header("X-Api-Key", API_KEY);
	}

	private static Arguments answer(String name, String path, String method, Set<Integer> statuses,
			Function<WebTestClient, WebTestClient.RequestHeadersSpec<?>> request) {
		return Arguments.of(Named.of(name, new Provoked(path, method, statuses, request)));
	}

	/**
	 * A request that makes the gateway answer by itself.
	 *
	 * @param path the operation's path template
	 * @param method the operation's method, lower case
	 * @param statuses what the gateway answers it with (an oversized body: 400 before the
	 * rebuilt REST core, 413 with it)
	 * @param request the request
	 */
	record Provoked(String path, String method, Set<Integer> statuses,
			Function<WebTestClient, WebTestClient.RequestHeadersSpec<?>> request) {
	}

}
