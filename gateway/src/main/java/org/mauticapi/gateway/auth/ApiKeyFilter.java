package org.mauticapi.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.web.SelectedUpstream;

/**
 * In service mode the gateway calls Mautic with its own credentials, so it must know who is calling: requests to an
 * upstream in service mode need one of the configured keys in {@code X-Api-Key}, else 401 without an upstream call.
 * Keys are compared in constant time and never logged.
 */
@Component
public class ApiKeyFilter implements WebFilter, Ordered {

	/** The header callers put their gateway API key in. */
	public static final String HEADER = "X-Api-Key";

	private final List<byte[]> keys;

	public ApiKeyFilter(GatewayProperties properties) {
		this.keys = properties.apiKeys().stream().map((key) -> key.getBytes(StandardCharsets.UTF_8)).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isApiRequest(exchange) || !SelectedUpstream.of(exchange).serviceMode()) {
			return chain.filter(exchange);
		}
		String presented = exchange.getRequest().getHeaders().getFirst(HEADER);
		if (presented == null) {
			return Mono.error(GatewayError.typed(401,
					"API authorization denied: send a gateway API key in the " + HEADER + " header", "access_denied"));
		}
		if (!known(presented.getBytes(StandardCharsets.UTF_8))) {
			return Mono.error(GatewayError.typed(401, "API authorization denied: the " + HEADER
					+ " header does not carry a key this gateway knows", "access_denied"));
		}
		return chain.filter(exchange);
	}

	private boolean known(byte[] presented) {
		boolean found = false;
		for (byte[] key : this.keys) {
			found |= MessageDigest.isEqual(key, presented);
		}
		return found;
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
