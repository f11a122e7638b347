package org.mauticapi.gateway.abuse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.RunningGateway;
import org.mauticapi.gateway.support.ScriptedMautic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 8: {@code /actuator/health} tells anyone the status only, and a flood of
 * probes does not become a flood of calls to Mautic.
 */
class HealthAbuseIT {

	private static ScriptedMautic mautic;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = ScriptedMautic.start((uri) -> ScriptedMautic.Answer.json(200, "{\"total\":0,\"lists\":[]}"));
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url());
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void aFloodOfHealthChecksIsOneCallUpstreamAndShowsNoDetails() {
		for (int i = 0; i < 50; i++) {
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
				.doesNotExist()
				.jsonPath("$.details")
				.doesNotExist();
		}

		assertThat(mautic.calls()).isBetween(1, 2);
	}

}
