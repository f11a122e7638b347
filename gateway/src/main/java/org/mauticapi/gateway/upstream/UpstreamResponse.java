package org.mauticapi.gateway.upstream;

import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import org.springframework.http.HttpHeaders;

/**
 * What the upstream answered, its body held in one pooled buffer exactly as sent, and
 * counted against the gateway's budget of buffered answers until {@link #release()}. The
 * REST path writes the buffer to the caller as it is; other callers take a copy with
 * {@link #toAnswer()}.
 */
public final class UpstreamResponse {

	private final int status;

	private final HttpHeaders headers;

	private final ByteBuf content;

	private final AnswerBudget.Lease lease;

	private final AtomicBoolean released = new AtomicBoolean();

	UpstreamResponse(int status, HttpHeaders headers, ByteBuf content, AnswerBudget.Lease lease) {
		this.status = status;
		this.headers = headers;
		this.content = content;
		this.lease = lease;
	}

	public int status() {
		return this.status;
	}

	/**
	 * @return the answer's headers, as the upstream sent them
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * The body; valid until {@link #release()}. A caller that hands it to Netty retains
	 * it first.
	 * @return the buffer, its readable bytes the body
	 */
	public ByteBuf content() {
		return this.content;
	}

	/**
	 * A copy of the answer on the heap, releasing this one.
	 * @return the answer
	 */
	public UpstreamAnswer toAnswer() {
		try {
			return new UpstreamAnswer(this.status, this.headers, ByteBufUtil.getBytes(this.content));
		}
		finally {
			release();
		}
	}

	/**
	 * Gives the buffer back to the pool and its bytes back to the budget; later calls do
	 * nothing.
	 */
	public void release() {
		if (this.released.compareAndSet(false, true)) {
			this.content.release();
			this.lease.close();
		}
	}

	@Override
	public String toString() {
		return "UpstreamResponse[" + this.status + ", " + this.content.readableBytes() + " bytes]";
	}

}
