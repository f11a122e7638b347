package org.mauticapi.gateway.rest;

import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.web.UnreadBodies;

/**
 * Reads a request's body, at most {@code mautic.max-body-size} bytes: a larger declared
 * length is refused before anything is read, a larger chunked body as soon as it passes
 * the limit.
 */
final class RequestBodies {

	private static final byte[] NONE = new byte[0];

	private final long maxBytes;

	RequestBodies(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	Mono<byte[]> read(HttpServerRequest request) {
		long declared = declaredLength(request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH));
		boolean chunked = request.requestHeaders().contains(HttpHeaderNames.TRANSFER_ENCODING);
		if (declared == 0 || (declared < 0 && !chunked)) {
			return Mono.just(NONE);
		}
		if (declared > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		return request.receive()
			.reduceWith(Bytes::new, (bytes, chunk) -> bytes.append(chunk, this.maxBytes))
			.map(Bytes::toArray)
			.onErrorMap(TooLarge.class, (error) -> tooLarge())
			.defaultIfEmpty(NONE);
	}

	// Netty has refused a malformed or negative length already; an absent one is -1.
	private static long declaredLength(String header) {
		if (header == null) {
			return -1;
		}
		try {
			return Long.parseLong(header.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * Drops a request's body, up to the size the gateway accepts.
	 * @param request the request
	 * @return completion
	 */
	Mono<Void> discard(HttpServerRequest request) {
		long declared = declaredLength(request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH));
		boolean chunked = request.requestHeaders().contains(HttpHeaderNames.TRANSFER_ENCODING);
		if (declared == 0 || (declared < 0 && !chunked)) {
			return Mono.empty();
		}
		return UnreadBodies.discardNetty(request.receive(), this.maxBytes);
	}

	private GatewayError tooLarge() {
		return GatewayError.typed(413,
				"body: is larger than the " + this.maxBytes + " bytes this gateway accepts (mautic.max-body-size)",
				"request_too_large");
	}

	/** A growing copy of the chunks, so that Netty's buffers go back to it at once. */
	private static final class Bytes {

		private byte[] bytes = new byte[1024];

		private int length;

		Bytes append(ByteBuf chunk, long maxBytes) {
			int size = chunk.readableBytes();
			if (this.length + (long) size > maxBytes) {
				throw new TooLarge();
			}
			if (this.length + size > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.length + size, this.bytes.length * 2));
			}
			chunk.readBytes(this.bytes, this.length, size);
			this.length += size;
			return this;
		}

		byte[] toArray() {
			return Arrays.copyOf(this.bytes, this.length);
		}

	}

	private static final class TooLarge extends RuntimeException {

		TooLarge() {
			super(null, null, false, false);
		}

	}

}
