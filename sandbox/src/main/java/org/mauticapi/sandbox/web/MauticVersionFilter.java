package org.mauticapi.sandbox.web;

import org.mauticapi.sandbox.config.SandboxProperties;
import org.mauticapi.sandbox.error.SandboxErrorHandler;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds {@code Mautic-Version} to answers built after authentication, as Mautic's
 * controllers do; errors raised before (authentication, routing) carry none.
 */
@Component
public class MauticVersionFilter implements WebFilter, Ordered {

	private final String version;

	public MauticVersionFilter(SandboxProperties properties) {
		this.version = properties.mauticVersion();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			if (exchange.getAttribute(ApiAuthenticationFilter.AUTHENTICATED) != null
					&& exchange.getAttribute(SandboxErrorHandler.NOT_ROUTED) == null) {
				exchange.getResponse().getHeaders().set("Mautic-Version", this.version);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

}
