package org.mauticapi.sandbox.contact;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a batch delete's ids as Mautic does: {@code ids[]=50&ids[]=55} (or {@code ids[0]=50&ids[1]=55}, as the official
 * PHP client sends them) as {@code ids=50,55} (recording 419), and no
 * {@code ids} as none, which deletes nothing with a 200 (421, 423); the generated handler declares {@code ids} as a
 * required comma-separated string.
 */
@Component
class BatchDeleteIdsFilter implements WebFilter, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.DELETE
				|| !exchange.getRequest().getPath().value().equals("/api/contacts/batch/delete")
				|| exchange.getRequest().getQueryParams().containsKey("ids")) {
			return chain.filter(exchange);
		}
		// With ids in brackets the other parameters do not matter: Mautic reads only ids.
		java.util.List<String> values = new java.util.ArrayList<>();
		exchange.getRequest().getQueryParams().forEach((name, given) -> {
			if (name.startsWith("ids[")) {
				values.addAll(given);
			}
		});
		var rewritten = UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replaceQuery(null)
			.queryParam("ids", "{ids}")
			.buildAndExpand(String.join(",", values))
			.encode()
			.toUri();
		return chain.filter(exchange.mutate().request((request) -> request.uri(rewritten)).build());
	}

}
