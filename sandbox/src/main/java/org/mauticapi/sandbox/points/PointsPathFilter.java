package org.mauticapi.sandbox.points;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mauticapi.sandbox.error.MauticApiException;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Treats the point value in {@code /contacts/{id}/points/{operator}/{value}} and
 * {@code /contacts/{id}/points/groups/{groupId}/{operator}/{value}} as Mautic does: its
 * routes do not restrict the value and its controllers take it as a PHP {@code int}, so a
 * decimal is truncated ({@code 2.5} → 2, recordings 094 and 125) and anything that is not
 * a number fails with the generic 500 (recordings 091, 093 and 124). The path is
 * rewritten to the integer so that the handlers, which take integers, see what Mautic
 * computes with.
 */
@Component
public class PointsPathFilter implements WebFilter, Ordered {

	private static final Pattern POINTS_PATH = Pattern
		.compile("^((?:/api)?/contacts/\\d+/points/(?:plus|minus|times|divide|groups/\\d+/[^/]+)/)([^/]+)/?$");

	private static final Pattern INTEGER = Pattern.compile("^-?\\d+$");

	/**
	 * PHP's numeric strings: optional leading whitespace and sign, digits with an
	 * optional fraction and exponent.
	 */
	private static final Pattern NUMERIC = Pattern
		.compile("^[ \\t\\n\\r\\x0B\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$");

	@Override
	public int getOrder() {
		// After authentication: an unauthenticated call is 401 whatever its path.
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getMethod() != HttpMethod.POST) {
			return chain.filter(exchange);
		}
		Matcher matcher = POINTS_PATH.matcher(request.getPath().pathWithinApplication().value());
		if (!matcher.matches()) {
			return chain.filter(exchange);
		}
		String value = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
		if (INTEGER.matcher(value).matches()) {
			return chain.filter(exchange);
		}
		if (!NUMERIC.matcher(value).matches()) {
			return Mono.error(MauticApiException.serverError());
		}
		String truncated = new BigDecimal(value.strip()).toBigInteger().toString();
		String path = request.getPath().contextPath().value() + matcher.group(1) + truncated;
		return chain.filter(exchange.mutate().request(request.mutate().path(path).build()).build());
	}

}
