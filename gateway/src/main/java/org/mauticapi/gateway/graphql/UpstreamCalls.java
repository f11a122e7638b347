package org.mauticapi.gateway.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.upstream.Upstream;

/**
 * What the upstream calls of one GraphQL request share: the upstream the request
 * selected, the caller's {@code Authorization} (forwarded in passthrough mode), the
 * request id, and the count of calls made.
 *
 * @param upstream the upstream
 * @param authorization the caller's Authorization header, or null
 * @param requestId the request id
 * @param count the calls made so far
 */
record UpstreamCalls(Upstream upstream, @Nullable String authorization, String requestId, AtomicInteger count) {

	/** The key of this request's calls in the GraphQL context. */
	static final String CONTEXT_KEY = UpstreamCalls.class.getName();

}
