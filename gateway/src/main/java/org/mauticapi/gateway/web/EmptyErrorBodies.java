package org.mauticapi.gateway.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

import org.mauticapi.gateway.error.GatewayError;

/**
 * Gives an error answer that would go out empty a body in Mautic's envelope and an
 * {@code X-Request-Id}: the answers the server writes before any handler of the gateway
 * runs (a request line or header too long, a malformed {@code Content-Length}, a request
 * target Spring cannot parse) have no body, and a caller could not tell them from a
 * broken connection. A HEAD's answer stays without a body.
 */
final class EmptyErrorBodies extends ChannelDuplexHandler {

	/** The handler's name in the channel's pipeline, right after the HTTP codec. */
	static final String NAME = "mautic.emptyErrorBodies";

	private boolean head;

	// An error header announced an empty body: its empty end is replaced by the envelope.
	private byte[] pendingBody;

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof HttpRequest request) {
			this.head = HttpMethod.HEAD.equals(request.method());
		}
		ctx.fireChannelRead(msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		if (msg instanceof FullHttpResponse full && isEmptyError(full) && full.content().readableBytes() == 0) {
			byte[] body = body(full.status());
			FullHttpResponse replaced = new DefaultFullHttpResponse(full.protocolVersion(), full.status(),
					Unpooled.wrappedBuffer(body), full.headers().copy(), full.trailingHeaders().copy());
			describe(replaced, body.length);
			full.release();
			ctx.write(replaced, promise);
			return;
		}
		if (msg instanceof HttpResponse response && !(msg instanceof FullHttpResponse) && isEmptyError(response)
				&& HttpUtil.getContentLength(response, -1L) == 0) {
			this.pendingBody = body(response.status());
			describe(response, this.pendingBody.length);
			ctx.write(msg, promise);
			return;
		}
		if (msg instanceof LastHttpContent last && this.pendingBody != null && last.content().readableBytes() == 0) {
			byte[] body = this.pendingBody;
			this.pendingBody = null;
			last.release();
			ctx.write(new DefaultLastHttpContent(Unpooled.wrappedBuffer(body)), promise);
			return;
		}
		ctx.write(msg, promise);
	}

	private boolean isEmptyError(HttpResponse response) {
		return !this.head && response.status().code() >= 400;
	}

	private static void describe(HttpResponse response, int length) {
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
			.setInt(HttpHeaderNames.CONTENT_LENGTH, length);
		if (!response.headers().contains(RequestIds.HEADER)) {
			response.headers().set(RequestIds.HEADER, RequestIds.issue(null));
		}
	}

	/**
	 * The envelope of an error the server answered itself.
	 * @param status the status
	 * @return the body
	 */
	static byte[] body(HttpResponseStatus status) {
		String message = switch (status.code()) {
			case 400 -> "The request is malformed: its request line, a header or its Content-Length cannot be read";
			case 413 -> "The request is larger than this gateway accepts";
			case 414 -> "The request line is longer than this gateway accepts (server.netty.max-initial-line-length)";
			case 431 ->
				"The request's headers are larger than this gateway accepts (server.max-http-request-header-size)";
			default -> "The request cannot be answered: " + status.reasonPhrase();
		};
		String type = (status.code() == 400) ? "malformed_request"
				: (status.code() == 413 || status.code() == 414 || status.code() == 431) ? "request_too_large"
						: "gateway_refusal";
		return GatewayError.typed(status.code(), message, type).body();
	}

}
