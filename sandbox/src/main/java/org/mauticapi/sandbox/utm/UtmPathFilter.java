package org.mauticapi.sandbox.utm;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Reads the tag set id of {@code /contacts/{id}/utm/{utmId}/remove} as Mautic does: its
 * route does not restrict it and {@code LeadApiController::removeUtmTagsAction} casts it
 * with PHP's {@code (int)}, so {@code abc} is 0, a tag set no contact has, answered 400
 * (recording 062). The path is rewritten to that integer.
 */
@Component
public class UtmPathFilter implements WebFilter, Ordered {

	private static final Pattern REMOVE_PATH = Pattern.compile("^((?:/api)?/contacts/\\d+/utm/)([^/]+)(/remove/?)$");

	private static final Pattern INTEGER = Pattern.compile("^-?\\d+$");

	private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");

	@Override
	public int getOrder() {
		// After authentication: an unauthenticated call is 401 whatever its path.
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		Matcher matcher = REMOVE_PATH.matcher(request.getPath().pathWithinApplication().value());
		if (request.getMethod() != HttpMethod.POST || !matcher.matches()
				|| INTEGER.matcher(matcher.group(2)).matches()) {
			return chain.filter(exchange);
		}
		Matcher leading = LEADING_INTEGER.matcher(URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
		String utmId = leading.find() ? leading.group(1).replace("+", "") : "0";
		String path = request.getPath().contextPath().value() + matcher.group(1) + utmId + matcher.group(3);
		return chain.filter(exchange.mutate().request(request.mutate().path(path).build()).build());
	}

}
