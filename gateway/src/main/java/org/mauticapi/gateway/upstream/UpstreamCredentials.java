package org.mauticapi.gateway.upstream;

import reactor.core.publisher.Mono;

/**
 * The {@code Authorization} header an upstream call carries.
 */
public interface UpstreamCredentials {

	/**
	 * The header value for this call.
	 * @param request the call
	 * @return the value, or empty to send none
	 */
	Mono<String> authorization(UpstreamRequest request);

	/**
	 * Told when the upstream answered 401 to a call that carried {@code authorization}.
	 * @param authorization the value that was refused
	 * @return whether a fresh value may now succeed, so that the call is worth one more
	 * attempt
	 */
	default boolean renew(String authorization) {
		return false;
	}

}
