package org.mauticapi.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.mauticapi.sandbox.config.SandboxProperties;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * HTTP Basic against the configured user on every {@code /api} request, answered as
 * Mautic does: 401 "API authorization denied." without credentials, "Authorization
 * denied, invalid credentials." with wrong ones.
 */
@Component
public class ApiAuthenticationFilter implements WebFilter, Ordered {

	/**
	 * Exchange attribute set once a request is authenticated; errors before it carry no
	 * Mautic-Version header.
	 */
	public static final String AUTHENTICATED = ApiAuthenticationFilter.class.getName() + ".authenticated";

	private final byte[] expected;

	public ApiAuthenticationFilter(SandboxProperties properties) {
		this.expected = (properties.username() + ":" + properties.password()).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!path.equals("/api") && !path.startsWith("/api/")) {
			return chain.filter(exchange);
		}
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Mono.error(
					new MauticApiException(401, MauticErrors.typed(401, "API authorization denied.", "access_denied")));
		}
		if (!MessageDigest.isEqual(decode(authorization.substring(6).trim()), this.expected)) {
			return Mono.error(new MauticApiException(401,
					MauticErrors.typed(401, "Authorization denied, invalid credentials.", "access_denied")));
		}
		exchange.getAttributes().put(AUTHENTICATED, Boolean.TRUE);
		return chain.filter(exchange);
	}

	private static byte[] decode(String credentials) {
		try {
			return Base64.getDecoder().decode(credentials);
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

}
