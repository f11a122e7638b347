package org.mauticapi.gateway.upstream;

import reactor.core.publisher.Mono;

/**
 * Forwards the caller's own {@code Authorization} header; without one the call goes
 * without, and Mautic's 401 comes back to the caller.
 */
final class PassthroughCredentials implements UpstreamCredentials {

	@Override
	public Mono<String> authorization(UpstreamRequest request) {
		return Mono.justOrEmpty(request.callerAuthorization());
	}

}
