package org.mauticapi.gateway.upstream;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import reactor.core.publisher.Mono;

/**
 * The gateway's own HTTP Basic user, sent on every call.
 */
final class BasicCredentials implements UpstreamCredentials {

	private final Mono<String> header;

	BasicCredentials(String username, String password) {
		String pair = username + ":" + password;
		this.header = Mono.just("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public Mono<String> authorization(UpstreamRequest request) {
		return this.header;
	}

	@Override
	public String toString() {
		return "BasicCredentials[******]";
	}

}
