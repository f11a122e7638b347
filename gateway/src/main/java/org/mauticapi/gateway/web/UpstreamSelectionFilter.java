package org.mauticapi.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.upstream.Upstream;
import org.mauticapi.gateway.upstream.Upstreams;

/**
 * Chooses the upstream of a request: {@code /upstreams/{name}/api/...} (the prefix is removed before routing), else
 * the upstream named by the {@code X-Mautic-Upstream} header, else {@code default}. An unknown name is refused rather
 * than sent to the default upstream.
 */
@Component
public class UpstreamSelectionFilter implements WebFilter, Ordered {

	private static final String PREFIX = "/upstreams/";

	private final Upstreams upstreams;

	private final String header;

	public UpstreamSelectionFilter(Upstreams upstreams, GatewayProperties properties) {
		this.upstreams = upstreams;
		this.header = properties.upstreamHeader();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.startsWith(PREFIX)) {
			int end = path.indexOf('/', PREFIX.length());
			String name = path.substring(PREFIX.length(), (end != -1) ? end : path.length());
			Upstream upstream = this.upstreams.named(name)
				.orElseThrow(() -> GatewayError.typed(404, "No upstream named '" + name + "' is configured", null));
			String rest = (end != -1) ? path.substring(end) : "/";
			ServerWebExchange routed = exchange.mutate().request((request) -> request.path(rest)).build();
			routed.getAttributes().put(SelectedUpstream.ATTRIBUTE, upstream);
			return chain.filter(routed);
		}
		String named = exchange.getRequest().getHeaders().getFirst(this.header);
		Upstream upstream = (named == null) ? this.upstreams.defaultUpstream()
				: this.upstreams.named(named)
					.orElseThrow(() -> GatewayError.invalid(this.header,
							"no upstream named '" + named + "' is configured"));
		exchange.getAttributes().put(SelectedUpstream.ATTRIBUTE, upstream);
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

	@Override
	public String toString() {
		return "UpstreamSelectionFilter[" + PREFIX + "{name}, " + this.header + "]";
	}

}
