package org.mauticapi.sandbox.contact;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpQueryWriter;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads a batch delete's ids as Mautic does: {@code ids[]=50&ids[]=55} (or
 * {@code ids[0]=50&ids[1]=55}, as the official PHP client sends them) as
 * {@code ids=50,55} (recording 419), and no {@code ids} as none, which deletes nothing
 * with a 200 (421, 423); the generated handler declares {@code ids} as a required
 * comma-separated string.
 */
@Component
class BatchDeleteIdsFilter implements WebFilter, Ordered {

	private static final PhpInputReader PHP = new PhpInputReader(PhpInputLimits.DEFAULTS);

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.DELETE
				|| !exchange.getRequest().getPath().value().equals("/api/contacts/batch/delete")) {
			return chain.filter(exchange);
		}
		PhpArray query = PHP.readQuery(exchange.getRequest().getURI().getRawQuery()).values();
		if (query.get("ids") instanceof String) {
			return chain.filter(exchange);
		}
		List<String> ids = new ArrayList<>();
		if (query.get("ids") instanceof PhpArray list) {
			list.values().stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
		}
		// With ids in brackets the other parameters do not matter: Mautic reads only ids.
		PhpArray rewritten = new PhpArray();
		rewritten.put("ids", String.join(",", ids));
		URI uri = UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replaceQuery(PhpQueryWriter.write(rewritten))
			.build(true)
			.toUri();
		return chain.filter(exchange.mutate().request((request) -> request.uri(uri)).build());
	}

}
