package org.mauticapi.gateway.graphql;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.upstream.UpstreamFailure;

/**
 * What one lookup gave: Mautic's parsed JSON with its status, or the failure that left no
 * answer.
 *
 * @param status the upstream status, 0 when there was no answer
 * @param json the parsed body, or null
 * @param failure why there is no answer, or null
 */
record UpstreamResult(int status, @Nullable Object json, @Nullable UpstreamFailure failure) {

	boolean ok() {
		return this.failure == null && this.status >= 200 && this.status < 300;
	}

}
