package org.mauticapi.gateway.drift;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drift sentinel checks Mautic's answers against the contract beside the request's
 * way: the caller gets Mautic's answer unchanged, the deviation is counted per operation
 * and listed at {@code /actuator/drift}.
 */
class DriftSentinelTests {

	private static final String DEVIATING = "{\"contact\":{\"id\":\"seven\",\"fields\":[]}}";

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/7")).willReturn(okJson(DEVIATING)));
		mautic.stubFor(get(urlPathEqualTo("/api/segments")).willReturn(okJson("{\"total\":0,\"lists\":[]}")));
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic), "mautic.drift.mode=all");
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	@Test
	void countsAndListsADeviationWithoutAlteringTheAnswer() {
		gateway.client().get().uri("/api/segments").exchange().expectStatus().isOk();

		gateway.client()
			.get()
			.uri("/api/contacts/7")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(DEVIATING);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			gateway.client()
				.get()
				.uri("/actuator/drift")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.mode")
				.isEqualTo("all")
				.jsonPath("$.recent[0].operation")
				.isEqualTo("getContact")
				.jsonPath("$.recent[0].status")
				.isEqualTo(200)
				.jsonPath("$.recent[0].firstViolation")
				.exists();
			assertThat(prometheus())
				.containsPattern("mautic_drift_checks_total\\{operation=\"getContact\",result=\"deviates\"} 1")
				.containsPattern("mautic_drift_checks_total\\{operation=\"listSegments\",result=\"conforms\"} 1");
		});
	}

	private static String prometheus() {
		return gateway.client()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
