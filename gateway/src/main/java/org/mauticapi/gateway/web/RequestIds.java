package org.mauticapi.gateway.web;

import org.springframework.web.server.ServerWebExchange;

/**
 * The request id of an exchange: the caller's {@code X-Request-Id} when it is a plausible id, a new one otherwise.
 */
public final class RequestIds {

	/** The header that carries the id, in and out and upstream. */
	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private RequestIds() {
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
