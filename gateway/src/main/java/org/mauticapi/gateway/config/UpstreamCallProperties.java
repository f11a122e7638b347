package org.mauticapi.gateway.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How every upstream call is bounded.
 *
 * @param connectTimeout how long to wait for a TCP connection
 * @param responseTimeout how long to wait for the whole answer of one attempt
 * @param retries further attempts for idempotent reads (GET) after a connection failure
 * or a 502/503/504; writes are never retried
 * @param retryBackoff the first pause between attempts, doubled each time
 * @param maxConcurrentCalls the most calls in flight to one upstream (its connection pool
 * size)
 * @param maxQueuedCalls the most calls waiting for a connection; beyond that a call is
 * refused with 503
 * @param maxAnswerSize the largest answer accepted from one upstream call; a larger one
 * is answered 502
 * @param maxBufferedAnswers the most bytes of upstream answers the gateway holds at once,
 * across all calls; beyond it a call is answered 502 instead of the process running out
 * of memory. Unset: a third of the heap, at most 256 MB; set, it is still held to a third
 * of the heap
 * @param circuitBreaker when an upstream is considered down and calls fail fast
 */
public record UpstreamCallProperties(@DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("30s") Duration responseTimeout, @DefaultValue("2") int retries,
		@DefaultValue("100ms") Duration retryBackoff, @DefaultValue("256") int maxConcurrentCalls,
		@DefaultValue("1024") int maxQueuedCalls, @DefaultValue("32MB") DataSize maxAnswerSize,
		@Nullable DataSize maxBufferedAnswers, @DefaultValue CircuitBreakerProperties circuitBreaker) {

	/**
	 * The circuit breaker of each upstream.
	 *
	 * @param failureRateThreshold the percentage of failed calls over the window that
	 * opens the circuit: only the upstream's own faults count (no connection, a timeout,
	 * a 502/503/504, an answer that is not JSON), never Mautic's answer to a caller's
	 * mistake
	 * @param slidingWindowSize the number of recent calls considered
	 * @param minimumCalls the fewest calls in the window before the rate is judged
	 * @param openFor how long an open circuit refuses calls before letting a few through
	 * to probe
	 */
	public record CircuitBreakerProperties(@DefaultValue("50") float failureRateThreshold,
			@DefaultValue("20") int slidingWindowSize, @DefaultValue("10") int minimumCalls,
			@DefaultValue("10s") Duration openFor) {
	}

}
