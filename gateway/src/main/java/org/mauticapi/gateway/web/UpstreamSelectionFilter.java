package org.mauticapi.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.gateway.upstream.Upstream;

/**
 * Chooses the upstream of a request Spring serves (GraphQL):
 * {@code /upstreams/{name}/...} (the prefix is removed before routing) or the upstream
 * header, as {@link UpstreamSelector} decides. REST requests choose theirs in the REST
 * pipeline.
 */
@Component
public class UpstreamSelectionFilter implements WebFilter, Ordered {

	private static final String PREFIX = "/upstreams/";

	private final UpstreamSelector selector;

	public UpstreamSelectionFilter(UpstreamSelector selector) {
		this.selector = selector;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.startsWith(PREFIX)) {
			int end = path.indexOf('/', PREFIX.length());
			String name = path.substring(PREFIX.length(), (end != -1) ? end : path.length());
			Upstream upstream = this.selector.select(name, null);
			String rest = (end != -1) ? path.substring(end) : "/";
			ServerWebExchange routed = exchange.mutate().request((request) -> request.path(rest)).build();
			routed.getAttributes().put(SelectedUpstream.ATTRIBUTE, upstream);
			return chain.filter(routed);
		}
		Upstream upstream = this.selector.select(null,
				exchange.getRequest().getHeaders().getFirst(this.selector.header()));
		exchange.getAttributes().put(SelectedUpstream.ATTRIBUTE, upstream);
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 4;
	}

}
