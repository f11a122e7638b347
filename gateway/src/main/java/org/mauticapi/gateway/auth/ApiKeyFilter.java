package org.mauticapi.gateway.auth;

import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.gateway.web.SelectedUpstream;

/**
 * Who may use what Spring serves, when the gateway has API keys: the docs and the health
 * probes are public; GraphQL needs a key when its upstream is in service mode (the
 * gateway then calls Mautic with its own credentials); everything else (metrics, the
 * drift sentinel, health details, any other route) needs a key whenever keys are
 * configured; the upstreams' details ({@code /actuator/upstreams}) always need one. The
 * check is made on the path as routed, after
 * {@link org.mauticapi.gateway.web.PathSpellingFilter} refused the spellings Spring would
 * route otherwise ({@code /graphql;x}). REST requests are checked in the REST pipeline.
 */
@Component
public class ApiKeyFilter implements WebFilter, Ordered {

	/** The header callers put their gateway API key in. */
	public static final String HEADER = ApiKeys.HEADER;

	private static final Set<String> PUBLIC = Set.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/openapi.yaml", "/swagger-ui", "/graphiql", "/favicon.ico",
			"/graphql/schema.graphqls");

	private static final List<String> PUBLIC_FOLDERS = List.of("/swagger-ui/", "/graphiql/");

	// Upstream URLs, authentication modes and versions: never without a key, even where
	// none is configured.
	private static final Set<String> OPERATORS_ONLY = Set.of("/actuator/upstreams");

	private final ApiKeys keys;

	public ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		String presented = exchange.getRequest().getHeaders().getFirst(ApiKeys.HEADER);
		if (path.equals("/graphql")) {
			this.keys.check(SelectedUpstream.of(exchange), presented);
		}
		else if (OPERATORS_ONLY.contains(path)) {
			this.keys.checkKnown(presented);
		}
		else if (!isPublic(path)) {
			this.keys.checkConfigured(presented);
		}
		return chain.filter(exchange);
	}

	private static boolean isPublic(String path) {
		return PUBLIC.contains(path) || PUBLIC_FOLDERS.stream().anyMatch(path::startsWith);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

}
