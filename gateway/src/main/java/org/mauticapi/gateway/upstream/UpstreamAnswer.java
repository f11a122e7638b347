package org.mauticapi.gateway.upstream;

import org.springframework.http.HttpHeaders;

/**
 * What the upstream answered, its body exactly as sent.
 *
 * @param status the status code
 * @param headers the response headers
 * @param body the body bytes
 */
public record UpstreamAnswer(int status, HttpHeaders headers, byte[] body) {

	@Override
	public String toString() {
		return "UpstreamAnswer[" + this.status + ", " + this.body.length + " bytes]";
	}

}
