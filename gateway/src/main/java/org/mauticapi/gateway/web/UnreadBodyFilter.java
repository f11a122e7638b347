package org.mauticapi.gateway.web;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.gateway.config.GatewayProperties;

/**
 * Drops what a handler Spring serves left unread of a request's body (the docs, a refused
 * GraphQL request), so that the connection closes cleanly and the caller gets its answer
 * ({@link UnreadBodies}).
 */
@Component
public class UnreadBodyFilter implements WebFilter, Ordered {

	private static final Set<HttpMethod> BODILESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.DELETE);

	private final long maxBytes;

	public UnreadBodyFilter(GatewayProperties properties) {
		this.maxBytes = properties.maxBodySize().toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!UnreadBodies.announced(exchange.getRequest().getHeaders())) {
			return chain.filter(exchange);
		}
		Mono<Void> drain = Mono.defer(() -> UnreadBodies.discard(exchange.getRequest().getBody(), this.maxBytes));
		// Nothing Spring serves reads the body of these: it is dropped before the answer,
		// as the server closes the
		// connection as soon as an answer is written.
		if (BODILESS.contains(exchange.getRequest().getMethod())) {
			return drain.then(chain.filter(exchange));
		}
		return chain.filter(exchange).then(drain).onErrorResume((error) -> drain.then(Mono.error(error)));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
