package org.mauticapi.gateway.upstream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A burst of server errors opens the circuit: the gateway then answers at once without
 * calling Mautic.
 */
class CircuitBreakerTests {

	private WireMockServer mautic;

	private RunningGateway gateway;

	@BeforeEach
	void start() {
		this.mautic = FakeMautic.start();
		this.gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(this.mautic), "mautic.calls.retries=0",
				"mautic.calls.circuit-breaker.minimum-calls=4", "mautic.calls.circuit-breaker.sliding-window-size=4",
				"mautic.calls.circuit-breaker.open-for=60s");
	}

	@AfterEach
	void stop() {
		this.gateway.close();
		this.mautic.stop();
	}

	@Test
	void opensAfterABurstOfUpstreamFaults() {
		this.mautic.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Internal Server Error</body></html>")));
		for (int i = 0; i < 4; i++) {
			this.gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isEqualTo(502);
		}

		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.errors[0].type")
			.isEqualTo("upstream_unavailable");

		this.mautic.verify(4, getRequestedFor(urlEqualTo("/api/contacts/1")));
		this.gateway.client().get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void staysClosedWhileMauticAnswersACallersMistakeWithItsOwn500() {
		this.mautic.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"errors\":[{\"message\":\"Looks like I encountered an error\",\"code\":500,\"type\":null}]}")));
		for (int i = 0; i < 8; i++) {
			this.gateway.client()
				.get()
				.uri("/api/contacts?orderBy=abc&limit=1")
				.exchange()
				.expectStatus()
				.isEqualTo(500);
		}

		this.gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isEqualTo(500);

		this.mautic.verify(9, getRequestedFor(anyUrl()));
	}

	@Test
	void staysClosedWhileMauticAnswersClientErrors() {
		this.mautic.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errors\":[{\"message\":\"Item was not found.\",\"code\":404,\"details\":[]}]}")));
		for (int i = 0; i < 8; i++) {
			this.gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isNotFound();
		}

		this.mautic.verify(8, getRequestedFor(urlEqualTo("/api/contacts/1")));
	}

}
