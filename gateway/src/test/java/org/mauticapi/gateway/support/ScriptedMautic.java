package org.mauticapi.gateway.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for Mautic that answers each request as a script says, optionally in slow
 * chunks, and counts calls: for the failure modes a recording cannot show (large, slow or
 * erroneous answers).
 */
public final class ScriptedMautic implements AutoCloseable {

	private final DisposableServer server;

	private final AtomicInteger calls = new AtomicInteger();

	private ScriptedMautic(Function<String, Answer> script) {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.httpRequestDecoder((decoder) -> decoder.maxInitialLineLength(256 * 1024))
			.handle((request, response) -> {
				this.calls.incrementAndGet();
				Answer answer = script.apply(request.uri());
				response.status(answer.status()).header(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
				if (answer.chunks() <= 1) {
					return response.sendByteArray(Mono.just(answer.body())).then();
				}
				int size = answer.body().length / answer.chunks();
				return response.sendByteArray(Flux.range(0, answer.chunks())
					.delayElements(answer.pause())
					.map((i) -> java.util.Arrays.copyOfRange(answer.body(), i * size,
							(i == answer.chunks() - 1) ? answer.body().length : (i + 1) * size)))
					.then();
			})
			.bindNow();
	}

	public static ScriptedMautic start(Function<String, Answer> script) {
		return new ScriptedMautic(script);
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * @return the requests received so far
	 */
	public int calls() {
		return this.calls.get();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * An answer of the script.
	 *
	 * @param status the status
	 * @param contentType its content type
	 * @param body its body
	 * @param chunks in how many chunks it is sent
	 * @param pause the pause before each chunk
	 */
	public record Answer(int status, String contentType, byte[] body, int chunks, Duration pause) {

		public static Answer json(int status, String body) {
			return new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8), 1, Duration.ZERO);
		}

	}

}
