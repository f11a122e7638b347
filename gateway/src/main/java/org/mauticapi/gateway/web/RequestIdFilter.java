package org.mauticapi.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an id, echoed in the response's {@code X-Request-Id}, sent
 * upstream, and written in the log lines about the request. A caller's id is kept when it
 * is short and plain, so that it cannot forge log lines.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
		String id = RequestIds.issue(given);
		exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
		exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
