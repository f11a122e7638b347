package org.mauticapi.gateway.graphql;

import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * A query refused for going over one of the gateway's limits, with
 * {@code extensions.code} {@code QUERY_LIMIT_EXCEEDED} and the limit's name.
 */
final class QueryLimitExceededException extends AbortExecutionException {

	/** The code of these errors. */
	static final String CODE = "QUERY_LIMIT_EXCEEDED";

	private final String limit;

	QueryLimitExceededException(String limit, String message) {
		super(message);
		this.limit = limit;
	}

	@Override
	public Map<String, Object> getExtensions() {
		return Map.of("code", CODE, "limit", this.limit);
	}

}
