package org.mauticapi.sandbox.seed;

import reactor.core.publisher.Mono;

/**
 * Where a seed script goes: a Mautic-compatible API over HTTP ({@link HttpSeedTarget}),
 * or the sandbox's own request handler in this process ({@link InProcessSeedTarget}),
 * which is what the sandbox seeds itself with at start-up.
 */
interface SeedTarget {

	/**
	 * Sends one request with the target's credentials.
	 * @param request the request
	 * @return its answer
	 */
	Mono<SeedAnswer> send(SeedRequest request);

	/**
	 * Names the target in logs and messages.
	 * @return e.g. {@code http://localhost:8080}
	 */
	String description();

	/**
	 * What came back for one request.
	 *
	 * @param status the HTTP status code
	 * @param body the body as text, empty when there was none
	 */
	record SeedAnswer(int status, String body) {

		boolean isSuccess() {
			return this.status >= 200 && this.status < 300;
		}

	}

}
