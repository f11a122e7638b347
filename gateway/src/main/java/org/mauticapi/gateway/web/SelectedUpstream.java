package org.mauticapi.gateway.web;

import org.springframework.web.server.ServerWebExchange;

import org.mauticapi.gateway.upstream.Upstream;

/**
 * The upstream a request goes to, as {@link UpstreamSelectionFilter} chose it.
 */
public final class SelectedUpstream {

	static final String ATTRIBUTE = SelectedUpstream.class.getName() + ".upstream";

	private SelectedUpstream() {
	}

	/**
	 * The exchange's upstream.
	 * @param exchange the exchange
	 * @return the upstream
	 * @throws IllegalStateException when no upstream was chosen, which only a filter
	 * ordering bug can cause
	 */
	public static Upstream of(ServerWebExchange exchange) {
		Upstream upstream = exchange.getAttribute(ATTRIBUTE);
		if (upstream == null) {
			throw new IllegalStateException("No upstream was selected for " + exchange.getRequest().getPath());
		}
		return upstream;
	}

	/**
	 * The upstream of a request whose exchange attributes are all a handler sees (a
	 * GraphQL request).
	 * @param attributes the exchange's attributes
	 * @return the upstream
	 * @throws IllegalStateException when no upstream was chosen
	 */
	public static Upstream in(java.util.Map<String, Object> attributes) {
		if (!(attributes.get(ATTRIBUTE) instanceof Upstream upstream)) {
			throw new IllegalStateException("No upstream was selected for the request");
		}
		return upstream;
	}

}
