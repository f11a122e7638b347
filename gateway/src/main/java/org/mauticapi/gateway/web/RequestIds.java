package org.mauticapi.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

/**
 * The request id of an exchange: the caller's {@code X-Request-Id} when it is a plausible
 * id, a new one otherwise.
 */
public final class RequestIds {

	/** The header that carries the id, in and out and upstream. */
	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	private RequestIds() {
	}

	/**
	 * The id of a request: the caller's when it is short and plain, so that it cannot
	 * forge log lines, a new one otherwise.
	 * @param given the caller's {@code X-Request-Id}, or null
	 * @return the id
	 */
	public static String issue(@Nullable String given) {
		return (given != null && PLAUSIBLE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
	}

	/**
	 * The exchange's request id.
	 * @param exchange the exchange
	 * @return the id, or {@code -} before {@link RequestIdFilter} ran
	 */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(ATTRIBUTE);
		return (id != null) ? id : "-";
	}

	/**
	 * The request id from an exchange's attributes (a GraphQL request).
	 * @param attributes the exchange's attributes
	 * @return the id, or {@code -} before {@link RequestIdFilter} ran
	 */
	public static String in(java.util.Map<String, Object> attributes) {
		return (attributes.get(ATTRIBUTE) instanceof String id) ? id : "-";
	}

}
