package org.mauticapi.gateway.upstream;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of upstream answers the gateway may hold at once, across all calls: each
 * answer takes its bytes as they arrive and gives them back when it has been written to
 * its caller or read. Beyond the budget a call fails with a clear 502 instead of the
 * process running out of memory.
 */
public final class AnswerBudget {

	private final long limit;

	private final AtomicLong held = new AtomicLong();

	public AnswerBudget(long limit) {
		this.limit = limit;
	}

	/**
	 * A lease that grows with an answer's bytes.
	 * @return an empty lease
	 */
	Lease lease() {
		return new Lease();
	}

	/**
	 * @return the bytes held now
	 */
	public long held() {
		return this.held.get();
	}

	/**
	 * @return the most the gateway holds
	 */
	public long limit() {
		return this.limit;
	}

	/** The bytes one answer holds. */
	final class Lease implements AutoCloseable {

		private long bytes;

		private boolean closed;

		/**
		 * Takes more bytes.
		 * @param more the bytes that arrived
		 * @return whether the budget had room for them
		 */
		synchronized boolean take(long more) {
			if (this.closed) {
				return false;
			}
			long now = AnswerBudget.this.held.addAndGet(more);
			if (now > AnswerBudget.this.limit) {
				AnswerBudget.this.held.addAndGet(-more);
				return false;
			}
			this.bytes += more;
			return true;
		}

		@Override
		public synchronized void close() {
			if (!this.closed) {
				this.closed = true;
				AnswerBudget.this.held.addAndGet(-this.bytes);
				this.bytes = 0;
			}
		}

	}

}
