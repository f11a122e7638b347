package org.mauticapi.gateway.auth;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.gateway.web.SelectedUpstream;

/**
 * Checks the gateway API key of the requests Spring serves (GraphQL), with {@link ApiKeys}. REST requests are checked
 * in the REST pipeline.
 */
@Component
public class ApiKeyFilter implements WebFilter, Ordered {

	/** The header callers put their gateway API key in. */
	public static final String HEADER = ApiKeys.HEADER;

	private final ApiKeys keys;

	public ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isApiRequest(exchange)) {
			return chain.filter(exchange);
		}
		this.keys.check(SelectedUpstream.of(exchange), exchange.getRequest().getHeaders().getFirst(ApiKeys.HEADER));
		return chain.filter(exchange);
	}

	private static boolean isApiRequest(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return path.startsWith("/api/") || path.equals("/graphql");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
