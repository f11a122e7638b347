package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.Map;

import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import graphql.GraphQLContext;

import org.mauticapi.gateway.upstream.UpstreamFailure;
import org.mauticapi.gateway.upstream.UpstreamRequest;

/**
 * The per-request DataLoader that makes every upstream call of a GraphQL request:
 * identical lookups are made once, and the lookups of one level (the segments of 50
 * contacts) go out together, at most {@code mautic.graphql.max-concurrent-lookups} at a
 * time, through the same {@code Upstream} as REST calls (auth, timeouts, retries,
 * breaker, metrics).
 */
@Component
public class UpstreamLoader {

	/** The DataLoader's name. */
	static final String NAME = "mautic-upstream";

	public UpstreamLoader(BatchLoaderRegistry registry, GraphQlProperties properties) {
		registry.<UpstreamLookup, UpstreamResult>forName(NAME)
			.registerMappedBatchLoader((lookups, environment) -> Flux.fromIterable(lookups)
				.flatMap((lookup) -> call(lookup, environment).map((result) -> Map.entry(lookup, result)),
						properties.maxConcurrentLookups())
				.collectMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Mono<UpstreamResult> call(UpstreamLookup lookup, BatchLoaderEnvironment environment) {
		UpstreamCalls calls = ((GraphQLContext) environment.getContext()).get(UpstreamCalls.CONTEXT_KEY);
		return call(calls, lookup.operationId(), HttpMethod.GET, lookup.pathAndQuery(), null);
	}

	/**
	 * One upstream call of a GraphQL request, counted: the lookups of the loader, and
	 * each write on its own.
	 * @param calls the request's calls
	 * @param operationId the operation
	 * @param method its method
	 * @param pathAndQuery the encoded path from {@code /api} on
	 * @param body the JSON body, or null
	 * @return Mautic's answer, or the failure that left none
	 */
	static Mono<UpstreamResult> call(UpstreamCalls calls, String operationId, HttpMethod method, String pathAndQuery,
			byte @Nullable [] body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		if (body != null) {
			headers.setContentType(MediaType.APPLICATION_JSON);
		}
		UpstreamRequest request = new UpstreamRequest(operationId, method, pathAndQuery, headers, body,
				calls.authorization(), calls.requestId());
		calls.count().incrementAndGet();
		return calls.upstream()
			.call(request)
			.map((answer) -> new UpstreamResult(answer.status(),
					JsonMapper.shared().readValue(answer.body(), Object.class), null))
			.onErrorResume(UpstreamFailure.class, (failure) -> Mono.just(new UpstreamResult(0, null, failure)));
	}

}
