package org.mauticapi.gateway.rest;

import org.jspecify.annotations.Nullable;

/**
 * The state of one REST request as it goes through {@link RestPipeline}: what is known
 * about it so far, for its log line and its metrics.
 */
final class RestExchange {

	private final String requestId;

	private final String method;

	private final String uri;

	private final long start = System.nanoTime();

	private String operation = "none";

	private @Nullable String upstream;

	RestExchange(String requestId, String method, String uri) {
		this.requestId = requestId;
		this.method = method;
		this.uri = uri;
	}

	String requestId() {
		return this.requestId;
	}

	String method() {
		return this.method;
	}

	/**
	 * @return the request target as sent
	 */
	String uri() {
		return this.uri;
	}

	/**
	 * @return the path as sent, without its query string (which may carry personal data),
	 * printable
	 */
	String printablePath() {
		int query = this.uri.indexOf('?');
		return org.mauticapi.gateway.error.GatewayError
			.printable((query != -1) ? this.uri.substring(0, query) : this.uri);
	}

	/**
	 * @return the contract's operation, {@code unrouted}, or {@code none} before routing
	 */
	String operation() {
		return this.operation;
	}

	void routed(String operationId) {
		this.operation = operationId;
	}

	@Nullable String upstream() {
		return this.upstream;
	}

	void upstream(String name) {
		this.upstream = name;
	}

	long elapsedNanos() {
		return System.nanoTime() - this.start;
	}

}
