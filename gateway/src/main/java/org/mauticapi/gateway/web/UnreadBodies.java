package org.mauticapi.gateway.web;

import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;

/**
 * Reads and drops what is left of a request's body once its answer is decided, up to a
 * bound: a server that closes a connection with unread bytes makes the kernel reset it,
 * and the caller may lose the answer that was already sent (a 401, a 404, a 400 for a
 * path). A body larger than the bound is not read; that caller sent more than the gateway
 * would ever take.
 */
public final class UnreadBodies {

	private UnreadBodies() {
	}

	/**
	 * Whether a request announces a body.
	 * @param headers its headers
	 * @return whether it has a Content-Length above 0 or a Transfer-Encoding
	 */
	public static boolean announced(HttpHeaders headers) {
		return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

	/**
	 * Drops a body given as Spring's buffers.
	 * @param body the body, perhaps read already (then nothing happens)
	 * @param maxBytes the most bytes to read
	 * @return completion
	 */
	public static Mono<Void> discard(Flux<DataBuffer> body, long maxBytes) {
		long[] read = { 0 };
		return body.doOnNext((buffer) -> read[0] += buffer.readableByteCount())
			.doOnNext(DataBufferUtils::release)
			.takeWhile((buffer) -> read[0] <= maxBytes)
			.then()
			.onErrorResume((error) -> Mono.empty());
	}

	/**
	 * Drops a body given as Netty's buffers (released by Reactor Netty after each is
	 * seen).
	 * @param body the body
	 * @param maxBytes the most bytes to read
	 * @return completion
	 */
	public static Mono<Void> discardNetty(Flux<ByteBuf> body, long maxBytes) {
		long[] read = { 0 };
		return body.doOnNext((buffer) -> read[0] += buffer.readableBytes())
			.takeWhile((buffer) -> read[0] <= maxBytes)
			.then()
			.onErrorResume((error) -> Mono.empty());
	}

}
