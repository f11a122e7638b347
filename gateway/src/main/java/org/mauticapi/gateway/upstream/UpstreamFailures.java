package org.mauticapi.gateway.upstream;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException;
import reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException;

import org.springframework.core.io.buffer.DataBufferLimitException;

import org.mauticapi.gateway.upstream.UpstreamFailure.Kind;

/**
 * Turns what can go wrong in a call (Netty, Reactor, the circuit breaker) into an
 * {@link UpstreamFailure} with a message for the caller.
 */
final class UpstreamFailures {

	private static final Log logger = LogFactory.getLog(UpstreamFailures.class);

	private UpstreamFailures() {
	}

	static UpstreamFailure classify(Throwable error, String upstream) {
		if (error instanceof UpstreamFailure failure) {
			return failure;
		}
		Throwable cause = rootOf(error);
		if (error instanceof CallNotPermittedException) {
			return new UpstreamFailure(Kind.CIRCUIT_OPEN, upstream, "The Mautic upstream '" + upstream
					+ "' failed too often recently; the gateway is not calling it for a moment");
		}
		if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException) {
			return new UpstreamFailure(Kind.TIMEOUT, upstream,
					"The Mautic upstream '" + upstream + "' did not answer in time");
		}
		if (cause instanceof PoolAcquirePendingLimitException || cause instanceof PoolAcquireTimeoutException) {
			return new UpstreamFailure(Kind.OVERLOADED, upstream,
					"Too many calls are waiting for the Mautic upstream '" + upstream + "'; try again shortly");
		}
		if (cause instanceof DataBufferLimitException) {
			return new UpstreamFailure(Kind.BAD_ANSWER, upstream,
					"The Mautic upstream '" + upstream + "' answered more than the gateway accepts");
		}
		if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
				|| cause instanceof UnknownHostException) {
			return new UpstreamFailure(Kind.UNREACHABLE, upstream,
					"The Mautic upstream '" + upstream + "' could not be reached");
		}
		if (cause instanceof java.io.IOException) {
			return new UpstreamFailure(Kind.UNREACHABLE, upstream,
					"The connection to the Mautic upstream '" + upstream + "' broke before a whole answer came");
		}
		logger.warn("A call to the Mautic upstream [" + upstream + "] failed unexpectedly", error);
		return new UpstreamFailure(Kind.UNREACHABLE, upstream,
				"The Mautic upstream '" + upstream + "' could not be called");
	}

	/**
	 * Whether a failure is the upstream's own fault, which the circuit breaker counts: no
	 * connection, a broken one, a timeout, a proxy's 502/503/504, an answer that is not
	 * Mautic's JSON, no access token. A Mautic answer (even a 500), an answer larger than
	 * the gateway accepts, the gateway's own saturation and a caller who went away are
	 * not.
	 */
	static boolean isUpstreamFault(Throwable error) {
		if (error instanceof RetryableStatus) {
			return true;
		}
		if (error instanceof UpstreamFailure failure) {
			return failure.kind() == Kind.BAD_ANSWER || failure.kind() == Kind.AUTHENTICATION
					|| failure.kind() == Kind.UNREACHABLE || failure.kind() == Kind.TIMEOUT;
		}
		if (error instanceof CallNotPermittedException) {
			return false;
		}
		Throwable cause = rootOf(error);
		if (cause instanceof PoolAcquirePendingLimitException || cause instanceof PoolAcquireTimeoutException) {
			return false;
		}
		return cause instanceof TimeoutException || cause instanceof ReadTimeoutException
				|| cause instanceof java.io.IOException
				|| error instanceof reactor.netty.http.client.PrematureCloseException;
	}

	/**
	 * Whether another attempt of an idempotent read may succeed: the connection failed or
	 * broke, or a proxy in front of Mautic answered 502, 503 or 504.
	 */
	static boolean retryable(Throwable error) {
		if (error instanceof RetryableStatus) {
			return true;
		}
		if (error instanceof CallNotPermittedException || error instanceof UpstreamFailure) {
			return false;
		}
		Throwable cause = rootOf(error);
		boolean timeout = cause instanceof TimeoutException || cause instanceof ReadTimeoutException;
		boolean saturated = cause instanceof PoolAcquirePendingLimitException
				|| cause instanceof PoolAcquireTimeoutException;
		return !timeout && !saturated && cause instanceof java.io.IOException;
	}

	private static Throwable rootOf(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * A 502, 503 or 504 answer to a read, signalled as an error so that it is retried.
	 */
	static final class RetryableStatus extends RuntimeException {

		private final UpstreamResponse response;

		RetryableStatus(UpstreamResponse response) {
			super("HTTP " + response.status(), null, false, false);
			this.response = response;
		}

		UpstreamResponse response() {
			return this.response;
		}

	}

}
