package org.mauticapi.gateway.rest;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;

import org.mauticapi.contract.ContractOperation;

/**
 * A request that {@link ContractValidationFilter} checked against the contract, with its body bytes as the caller
 * sent them.
 *
 * @param operation the contract's operation
 * @param body the body bytes, empty when there was none
 * @param contentType the body's content type as the caller sent it
 */
record ValidatedRequest(ContractOperation operation, byte[] body, @Nullable MediaType contentType) {

	static final String ATTRIBUTE = ValidatedRequest.class.getName();

	static @Nullable ValidatedRequest of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	@Override
	public String toString() {
		return "ValidatedRequest[" + this.operation.operationId() + ", " + this.body.length + " bytes]";
	}

}
