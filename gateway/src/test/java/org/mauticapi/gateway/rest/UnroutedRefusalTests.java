package org.mauticapi.gateway.rest;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.RawHttp;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code mautic.rest.unrouted=refuse}, a hardened gateway answers every route
 * outside its contract 404 without calling Mautic, and still serves the contract's.
 */
class UnroutedRefusalTests {

	private static CaptureMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url(), "mautic.rest.unrouted=refuse");
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void refusesRoutesOutsideTheContract() {
		List<RawHttp.Answer> answers = List.of(RawHttp.send(port, "GET", "/api/notes", null, null),
				RawHttp.send(port, "GET", "/api/contacts/abc", null, null));

		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.body()).contains("\"type\":\"unrouted\"");
		});
		assertThat(mautic.captured()).isEmpty();
	}

	@Test
	void stillServesTheContractsRoutes() {
		assertThat(RawHttp.send(port, "GET", "/api/contacts/1", null, null).status()).isEqualTo(200);
	}

}
