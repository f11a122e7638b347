package org.mauticapi.gateway.upstream;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upstream nobody listens on is a quick 502, and the gateway stays healthy. (A class
 * of its own: each gateway started in a test JVM shares Reactor Netty's global event
 * loops, which stopping one gateway disposes.)
 */
class UnreachableUpstreamTests {

	@Test
	void answersBadGatewayQuicklyWhenNothingListens() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (RunningGateway nowhere = RunningGateway.start("mautic.base-url=http://127.0.0.1:" + closedPort,
				"mautic.calls.retry-backoff=10ms")) {
			long start = System.nanoTime();

			nowhere.client()
				.get()
				.uri("/api/contacts/1")
				.exchange()
				.expectStatus()
				.isEqualTo(502)
				.expectBody()
				.jsonPath("$.errors[0].type")
				.isEqualTo("upstream_unreachable");

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			nowhere.client().get().uri("/actuator/health").exchange().expectStatus().isOk();
		}
	}

}
