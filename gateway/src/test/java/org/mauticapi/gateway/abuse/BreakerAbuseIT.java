package org.mauticapi.gateway.abuse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.RawHttp;
import org.mauticapi.gateway.support.RunningGateway;
import org.mauticapi.gateway.support.ScriptedMautic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 3: no caller can open the circuit breaker for everyone, neither with
 * requests Mautic answers with its own 500 nor with requests whose spelling would make
 * the gateway build one Mautic's server refuses.
 */
class BreakerAbuseIT {

	private static ScriptedMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = ScriptedMautic.start((uri) -> uri.contains("orderBy=abc")
				? ScriptedMautic.Answer.json(500,
						"{\"errors\":[{\"message\":\"Looks like I encountered an error\","
								+ "\"code\":500,\"type\":null}]}")
				: ScriptedMautic.Answer.json(200, "{\"total\":\"0\",\"contacts\":[]}"));
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url(), "mautic.calls.retries=0",
				"mautic.calls.circuit-breaker.minimum-calls=4", "mautic.calls.circuit-breaker.sliding-window-size=4");
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void mauticsOwn500sToACallersMistakeDoNotOpenTheCircuit() {
		for (int i = 0; i < 12; i++) {
			assertThat(RawHttp.send(port, "GET", "/api/contacts?orderBy=abc&limit=1", null, null).status())
				.isEqualTo(500);
		}

		assertThat(RawHttp.send(port, "GET", "/api/contacts?limit=1", null, null).status()).isEqualTo(200);
	}

	@Test
	void aWhereNestedTwoHundredDeepIsRefusedBeforeAnyUriIsBuilt() {
		String deep = "where[0][expr]=andX" + "&where[0]" + "[val][0]".repeat(200) + "[col]=email";
		int callsBefore = mautic.calls();

		for (int i = 0; i < 12; i++) {
			assertThat(RawHttp.send(port, "GET", "/api/contacts?" + deep, null, null).status()).isEqualTo(400);
		}

		assertThat(mautic.calls()).isEqualTo(callsBefore);
		assertThat(RawHttp.send(port, "GET", "/api/contacts?limit=1", null, null).status()).isEqualTo(200);
	}

}
