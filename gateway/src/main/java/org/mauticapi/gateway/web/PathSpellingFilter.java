package org.mauticapi.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses, before anything else of Spring's sees them, the path spellings
 * {@link PathSpellings} names: Spring would route {@code /graphql;x} to {@code /graphql},
 * so that a check of the raw path could be talked around.
 */
@Component
public class PathSpellingFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		PathSpellings.decode(exchange.getRequest().getURI().getRawPath());
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
