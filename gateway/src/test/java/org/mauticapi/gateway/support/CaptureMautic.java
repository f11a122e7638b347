package org.mauticapi.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A stand-in for Mautic that records every request exactly as it arrives (method, raw
 * request target, content type, body bytes) and answers {@code {}}: the capture side of a
 * differential test of what the gateway forwards.
 */
public final class CaptureMautic implements AutoCloseable {

	private final DisposableServer server;

	private final List<Captured> captured = new CopyOnWriteArrayList<>();

	private CaptureMautic() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.httpRequestDecoder((decoder) -> decoder.maxInitialLineLength(256 * 1024))
			.handle((request, response) -> request.receive()
				.aggregate()
				.asByteArray()
				.defaultIfEmpty(new byte[0])
				.flatMap((body) -> {
					this.captured.add(new Captured(request.method().name(), request.uri(),
							request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE), body));
					return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
						.sendString(Mono.just("{}"), StandardCharsets.UTF_8)
						.then();
				}))
			.bindNow();
	}

	public static CaptureMautic start() {
		return new CaptureMautic();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * @return the requests received so far, in order
	 */
	public List<Captured> captured() {
		return List.copyOf(this.captured);
	}

	public void clear() {
		this.captured.clear();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * One request as it reached the stand-in.
	 *
	 * @param method the method
	 * @param uri the raw request target
	 * @param contentType the content type, or null
	 * @param body the body bytes
	 */
	public record Captured(String method, String uri, @Nullable String contentType, byte[] body) {

		/**
		 * @return the raw query string, or null
		 */
		public @Nullable String rawQuery() {
			int question = this.uri.indexOf('?');
			return (question != -1) ? this.uri.substring(question + 1) : null;
		}

	}

}
