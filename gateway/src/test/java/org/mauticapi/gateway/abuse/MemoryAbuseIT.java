package org.mauticapi.gateway.abuse;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.gateway.support.RawHttp;
import org.mauticapi.gateway.support.RunningGateway;
import org.mauticapi.gateway.support.ScriptedMautic;
import org.mauticapi.gateway.upstream.AnswerBudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, item 6: what the gateway holds of upstream answers is bounded, per answer and
 * for all answers together, with a clear 502 beyond; the memory is given back afterwards.
 * (Scaled down: a 64 KB answer cap and a 1 MB budget stand for the 32 MB and 256 MB
 * defaults.)
 */
class MemoryAbuseIT {

	private static final byte[] BIG = jsonOfSize(200 * 1024);

	private static final byte[] MEDIUM = jsonOfSize(60 * 1024);

	private static ScriptedMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = ScriptedMautic.start((uri) -> uri.contains("/contacts/1")
				? new ScriptedMautic.Answer(200, "application/json", BIG, 1, Duration.ZERO)
				: new ScriptedMautic.Answer(200, "application/json", MEDIUM, 20, Duration.ofMillis(50)));
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url(), "mautic.calls.max-answer-size=64KB",
				"mautic.calls.max-buffered-answers=1MB", "mautic.calls.retries=0");
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void refusesAnAnswerLargerThanTheCapWithAClear502() {
		RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/contacts/1", null, null);

		assertThat(answer.status()).isEqualTo(502);
		assertThat(answer.body()).contains("upstream_answer_too_large");
	}

	@Test
	void refusesWhatWouldPassTheBudgetAndGivesEveryByteBack() {
		List<CompletableFuture<RawHttp.Answer>> calls = IntStream.range(0, 40)
			.mapToObj((i) -> CompletableFuture
				.supplyAsync(() -> RawHttp.send(port, "GET", "/api/contacts/2", null, null)))
			.toList();

		List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(RawHttp.Answer::status).toList();

		assertThat(statuses).containsOnly(200, 502).contains(200, 502);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(gateway.bean(AnswerBudget.class).held()).isZero());
	}

	private static byte[] jsonOfSize(int size) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'x');
		byte[] open = "{\"contact\":\"".getBytes();
		System.arraycopy(open, 0, body, 0, open.length);
		body[size - 2] = '"';
		body[size - 1] = '}';
		return body;
	}

}
