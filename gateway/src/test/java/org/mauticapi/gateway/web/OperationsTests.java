package org.mauticapi.gateway.web;

import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees: metrics, health, the spec and Swagger UI, and several upstreams
 * behind one gateway.
 */
class OperationsTests {

	private static final String OPERATOR_KEY = "operator-key";

	private static WireMockServer mautic;

	private static WireMockServer other;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		other = FakeMautic.start();
		for (WireMockServer server : new WireMockServer[] { mautic, other }) {
			server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("Mautic-Version", (server == mautic) ? "5.1.0" : "4.4.13")
				.withBody("{\"total\":\"0\",\"lists\":[]}")));
		}
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic),
				"mautic.upstreams.eu.base-url=" + FakeMautic.url(other), "mautic.api-keys=" + OPERATOR_KEY);
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
		other.stop();
	}

	@Test
	void timesEveryUpstreamOperationAndInboundRoute() {
		gateway.client().get().uri("/api/segments").exchange().expectStatus().isOk();

		String metrics = gateway.client()
			.get()
			.uri("/actuator/prometheus")
			.header("X-Api-Key", OPERATOR_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).containsPattern("mautic_upstream_calls_seconds_count\\{[^}]*method=\"GET\","
				+ "operation=\"listSegments\",status=\"200\",upstream=\"default\"} [1-9]");
		assertThat(metrics).containsPattern("mautic_gateway_requests_seconds_count\\{[^}]*method=\"GET\","
				+ "operation=\"listSegments\",status=\"200\"} [1-9]");
	}

	@Test
	void showsHealthDetailsAndMetricsOnlyToACallerWithAKey() {
		gateway.client()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist();
		gateway.client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

		gateway.client().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		gateway.client().get().uri("/actuator/upstreams").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void reportsEachUpstreamInHealth() {
		gateway.client()
			.get()
			.uri("/actuator/upstreams")
			.header("X-Api-Key", OPERATOR_KEY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.upstreams.default.mauticVersion")
			.isEqualTo("5.1.0")
			.jsonPath("$.upstreams.eu.mauticVersion")
			.isEqualTo("4.4.13");
	}

	@Test
	void choosesTheUpstreamByPathPrefixOrHeader() {
		other.resetRequests();

		gateway.client()
			.get()
			.uri("/upstreams/eu/api/segments")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Mautic-Version", "4.4.13");
		gateway.client()
			.get()
			.uri("/api/segments")
			.header("X-Mautic-Upstream", "eu")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Mautic-Version", "4.4.13");

		other.verify(2, getRequestedFor(urlEqualTo("/api/segments")));
	}

	@Test
	void refusesAnUnknownUpstream() {
		gateway.client()
			.get()
			.uri("/upstreams/nowhere/api/segments")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errors[0].code")
			.isEqualTo(404);
		gateway.client()
			.get()
			.uri("/api/segments")
			.header("X-Mautic-Upstream", "nowhere")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].details['X-Mautic-Upstream']")
			.isArray();
	}

	@Test
	void servesTheSpecWithTheGatewayAsFirstServer() {
		String spec = gateway.client()
			.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(spec).startsWith("openapi: 3.0")
			.contains("servers:\n- url: /api\n")
			.contains("operationId: getContact");
	}

	@Test
	void servesSwaggerUiFromTheJar() {
		gateway.client()
			.get()
			.uri("/swagger-ui")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.valueEquals("Location", "/swagger-ui/index.html");
		gateway.client()
			.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("https://"));
		gateway.client()
			.get()
			.uri("/swagger-ui/swagger-initializer.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((script) -> assertThat(script).contains("../openapi.yaml"));
		gateway.client().get().uri("/swagger-ui/swagger-ui-bundle.js").exchange().expectStatus().isOk();
	}

	@Test
	void servesGraphiQlWithTheExampleQueryFromTheJar() {
		String page = gateway.client()
			.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).doesNotContain("https://")
			.doesNotContain("http://")
			.contains("url: '/graphql'")
			.contains("segment(alias: \\\"vip-customers\\\")")
			// On a configured Mautic the page can only say which credentials to add.
			.contains("Authorization")
			.contains("Basic <base64 of user:password>");
		List<String> assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"")
			.matcher(page)
			.results()
			.map((match) -> match.group(1))
			.filter((asset) -> !asset.startsWith("data:"))
			.toList();
		assertThat(assets).hasSize(4);
		for (String asset : assets) {
			byte[] body = gateway.client()
				.get()
				.uri(asset)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBody();
			assertThat(body).as(asset).isNotEmpty();
		}
	}

	@Test
	void exposesNoConfigurationOrEnvironmentEndpoint() {
		gateway.client()
			.get()
			.uri("/actuator/env")
			.header("X-Api-Key", OPERATOR_KEY)
			.exchange()
			.expectStatus()
			.isNotFound();
		gateway.client()
			.get()
			.uri("/actuator/configprops")
			.header("X-Api-Key", OPERATOR_KEY)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
