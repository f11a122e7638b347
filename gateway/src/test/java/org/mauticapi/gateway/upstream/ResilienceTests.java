package org.mauticapi.gateway.upstream;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upstream faults become quick 502/503/504 answers in Mautic's envelope; reads are
 * retried, writes never.
 */
class ResilienceTests {

	private static final String CONTACT = "{\"contact\":{\"id\":1}}";

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic), "mautic.api-keys=ops",
				"mautic.calls.response-timeout=1s", "mautic.calls.connect-timeout=500ms", "mautic.calls.retries=2",
				"mautic.calls.retry-backoff=10ms", "mautic.calls.circuit-breaker.minimum-calls=1000",
				"mautic.calls.circuit-breaker.sliding-window-size=1000");
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	@BeforeEach
	void reset() {
		mautic.resetAll();
	}

	@Test
	void retriesAReadAfterAServiceUnavailable() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503).withBody("<html>busy</html>"))
			.willSetStateTo("recovered"));
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(json(200, CONTACT)));

		gateway.client()
			.get()
			.uri("/api/contacts/1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(CONTACT);

		mautic.verify(2, getRequestedFor(urlEqualTo("/api/contacts/1")));
	}

	@Test
	void retriesAReadAfterAConnectionReset() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).inScenario("reset")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("recovered"));
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).inScenario("reset")
			.whenScenarioStateIs("recovered")
			.willReturn(json(200, CONTACT)));

		gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isOk();

		mautic.verify(2, getRequestedFor(urlEqualTo("/api/contacts/1")));
	}

	@Test
	void neverRetriesAWrite() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/new"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		gateway.client()
			.post()
			.uri("/api/contacts/new")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"once@example.com\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.errors[0].code")
			.isEqualTo(502)
			.jsonPath("$.errors[0].type")
			.isEqualTo("upstream_unreachable");

		mautic.verify(1, postRequestedFor(urlEqualTo("/api/contacts/new")));
	}

	@Test
	void passesAWritesServiceUnavailableThroughWithoutRetrying() {
		String busy = "{\"errors\":[{\"message\":\"Maintenance\",\"code\":503,\"type\":null}]}";
		mautic.stubFor(post(urlEqualTo("/api/contacts/new")).willReturn(json(503, busy)));

		gateway.client()
			.post()
			.uri("/api/contacts/new")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"once@example.com\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody(String.class)
			.isEqualTo(busy);

		mautic.verify(1, postRequestedFor(urlEqualTo("/api/contacts/new")));
	}

	@Test
	void givesUpOnARepeatedlyFailingReadWithBadGateway() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

		gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isEqualTo(502);

		mautic.verify(3, getRequestedFor(urlEqualTo("/api/contacts/1")));
	}

	@Test
	void answersGatewayTimeoutQuicklyWhenMauticIsSlow() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).willReturn(json(200, CONTACT).withFixedDelay(5000)));

		long start = System.nanoTime();
		gateway.client()
			.get()
			.uri("/api/contacts/1")
			.exchange()
			.expectStatus()
			.isEqualTo(504)
			.expectBody()
			.jsonPath("$.errors[0].type")
			.isEqualTo("upstream_timeout");

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
		mautic.verify(1, getRequestedFor(urlEqualTo("/api/contacts/1")));
	}

	@Test
	void answersBadGatewayForAnHtmlPageFromAProxy() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/1")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Login required</body></html>")));

		gateway.client()
			.get()
			.uri("/api/contacts/1")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.errors[0].type")
			.isEqualTo("upstream_bad_answer");
	}

	@Test
	void answersBadGatewayForATruncatedBody() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/1"))
			.willReturn(json(200, "{\"contact\":{\"id\":1,\"fields\":{\"all\":{\"email\":\"a@exa")));

		gateway.client()
			.get()
			.uri("/api/contacts/1")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.errors[0].type")
			.isEqualTo("upstream_bad_answer");
	}

	@Test
	void answersBadGatewayForABodyCutOffMidStream() {
		mautic.stubFor(
				get(urlEqualTo("/api/contacts/1")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

		gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isEqualTo(502);
	}

	@Test
	void staysHealthyWhileMauticFails() {
		mautic.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		for (int i = 0; i < 5; i++) {
			gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isEqualTo(502);
		}

		gateway.client()
			.get()
			.uri("/actuator/upstreams")
			.header("X-Api-Key", "ops")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UNREACHABLE");
		gateway.client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		assertThat(mautic.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount()).isPositive();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
