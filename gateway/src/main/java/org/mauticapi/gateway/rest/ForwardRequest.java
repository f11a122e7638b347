package org.mauticapi.gateway.rest;

import org.jspecify.annotations.Nullable;

/**
 * What the gateway sends upstream for a REST request: for an operation of the contract,
 * the one spelling of the checked request that PHP reads back as exactly what was
 * checked; for a route outside the contract, the request as sent (with its query string
 * in that spelling too).
 *
 * @param operationId the operation, or {@code unrouted}
 * @param pathAndQuery the encoded path from {@code /api} on, with its query string
 * @param body the body bytes, or null
 * @param contentType the body's content type, or null
 * @param jsonAnswer whether the answer must be Mautic's JSON: true under {@code /api}
 */
record ForwardRequest(String operationId, String pathAndQuery, byte @Nullable [] body, @Nullable String contentType,
		boolean jsonAnswer) {

	/**
	 * The operation id of requests to routes outside the contract, in metrics and logs.
	 */
	static final String UNROUTED = "unrouted";

}
