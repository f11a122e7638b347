package org.mauticapi.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

import org.mauticapi.gateway.web.RequestIds;
import org.mauticapi.gateway.web.SelectedUpstream;

/**
 * Gives each GraphQL request its {@link UpstreamCalls} (the upstream the request
 * selected, the caller's credentials) and counts the upstream calls it made:
 * {@code mautic.graphql.upstream.calls} per request, and in the answer's
 * {@code extensions.upstreamCalls} when the request carries
 * {@code X-Upstream-Stats: true}.
 */
final class UpstreamCallsInterceptor implements WebGraphQlInterceptor {

	/** The request header that asks for the call count in the answer. */
	static final String STATS_HEADER = "X-Upstream-Stats";

	private final DistributionSummary callsPerRequest;

	UpstreamCallsInterceptor(MeterRegistry registry) {
		this.callsPerRequest = DistributionSummary.builder("mautic.graphql.upstream.calls")
			.description("Upstream calls made by one GraphQL request")
			.register(registry);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		UpstreamCalls calls = new UpstreamCalls(SelectedUpstream.in(request.getAttributes()),
				request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION), RequestIds.in(request.getAttributes()),
				new AtomicInteger());
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext((context) -> context.put(UpstreamCalls.CONTEXT_KEY, calls)).build());
		boolean stats = "true".equalsIgnoreCase(request.getHeaders().getFirst(STATS_HEADER));
		return chain.next(request).map((response) -> {
			this.callsPerRequest.record(calls.count().get());
			if (!stats) {
				return response;
			}
			Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
			extensions.put("upstreamCalls", calls.count().get());
			return response.transform((builder) -> builder.extensions(extensions));
		});
	}

}
