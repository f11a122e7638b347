package org.mauticapi.gateway.graphql.transport;

import org.springframework.http.HttpStatus;

/**
 * A request the transport refuses before any GraphQL work: answered with its HTTP status
 * and a GraphQL error whose {@code extensions.code} is {@code code}.
 */
final class TransportException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	TransportException(HttpStatus status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

}
