package org.mauticapi.gateway.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * One log line per request, written when its answer is committed (so error answers are
 * logged with their status too): request id, method, path, status and milliseconds. Query
 * strings and headers are left out: they carry e-mail addresses and credentials.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

	private static final Log logger = LogFactory.getLog("org.mauticapi.gateway.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!logger.isInfoEnabled()) {
			return chain.filter(exchange);
		}
		long start = System.nanoTime();
		exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			logger.info("requestId=" + RequestIds.of(exchange) + " method=" + exchange.getRequest().getMethod()
					+ " path=" + exchange.getRequest().getPath() + " status="
					+ ((status != null) ? status.value() : 200) + " ms=" + (System.nanoTime() - start) / 1_000_000);
		}));
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
