package org.mauticapi.gateway.rest;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import org.mauticapi.gateway.upstream.TaggedTimers;

/**
 * What the REST surface records of each request, when its answer is sent: a timer
 * {@code mautic_gateway_requests_seconds{operation, method, status}} and one access log
 * line (request id, method, path, status, milliseconds; never the query string, which
 * carries e-mail addresses).
 */
@Component
class RestMetrics {

	private static final Log accessLog = LogFactory.getLog("org.mauticapi.gateway.access");

	private final TaggedTimers requests;

	RestMetrics(MeterRegistry registry) {
		this.requests = new TaggedTimers(registry, "mautic.gateway.requests", "REST requests the gateway answered",
				"operation", "method", "status");
	}

	void record(RestExchange exchange, String status) {
		long nanos = exchange.elapsedNanos();
		this.requests.timer(exchange.operation(), exchange.method(), status).record(nanos, TimeUnit.NANOSECONDS);
		if (accessLog.isInfoEnabled()) {
			accessLog.info("requestId=" + exchange.requestId() + " method=" + exchange.method() + " path="
					+ exchange.printablePath() + " status=" + status + " ms=" + nanos / 1_000_000);
		}
	}

}
