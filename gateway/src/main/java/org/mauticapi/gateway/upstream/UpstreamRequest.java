package org.mauticapi.gateway.upstream;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * One call to make upstream.
 *
 * @param operationId the contract's operation, for metrics and logs
 * @param method the HTTP method
 * @param pathAndQuery the encoded path from {@code /api} on, with its query string, as
 * the caller sent them
 * @param headers the caller's headers that are forwarded (content type, accept, ...)
 * @param body the body bytes as the caller sent them, or null
 * @param callerAuthorization the caller's {@code Authorization} header, forwarded in
 * passthrough mode only
 * @param requestId the request id, sent upstream as {@code X-Request-Id}
 * @param jsonAnswer whether the answer must be Mautic's JSON (every {@code /api} route);
 * a Mautic page outside the API (its tracking pixel) answers other content
 */
public record UpstreamRequest(String operationId, HttpMethod method, String pathAndQuery, HttpHeaders headers,
		byte @Nullable [] body, @Nullable String callerAuthorization, String requestId, boolean jsonAnswer) {

	/**
	 * A call to Mautic's API, whose answer must be its JSON.
	 * @param operationId the contract's operation, for metrics and logs
	 * @param method the HTTP method
	 * @param pathAndQuery the encoded path from {@code /api} on, with its query string
	 * @param headers the headers to forward
	 * @param body the body bytes, or null
	 * @param callerAuthorization the caller's {@code Authorization} header, forwarded in
	 * passthrough mode only
	 * @param requestId the request id
	 */
	public UpstreamRequest(String operationId, HttpMethod method, String pathAndQuery, HttpHeaders headers,
			byte @Nullable [] body, @Nullable String callerAuthorization, String requestId) {
		this(operationId, method, pathAndQuery, headers, body, callerAuthorization, requestId, true);
	}

	/**
	 * Whether the call may be repeated without effect: only reads are retried, so that a
	 * write never creates a contact twice.
	 * @return whether the method is GET or HEAD
	 */
	public boolean idempotentRead() {
		return HttpMethod.GET.equals(this.method) || HttpMethod.HEAD.equals(this.method);
	}

	@Override
	public String toString() {
		return "UpstreamRequest[" + this.operationId + " " + this.method + " " + this.requestId + "]";
	}

}
