package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import org.mauticapi.gateway.graphql.schema.FieldBinding.BatchedLookup;

/**
 * Looks objects up by id, many ids in one upstream call: the ids that the fields of one
 * level ask for (the contacts of 50 activity events) are searched with Mautic's
 * {@code ids:} command, up to a page at a time, and each field gets its object, or null
 * when Mautic has none with that id. A failed call fails the fields that waited for it,
 * each with the upstream's error; one unknown id never fails the others.
 */
@Component
public class BatchedLookups {

	/** The DataLoader's name. */
	static final String NAME = "mautic-lookups";

	// What a key maps to when Mautic has no object with its id (a map value cannot be
	// null).
	private static final Object NONE = new Object();

	private final ContractCheck contract;

	private final int batchSize;

	public BatchedLookups(BatchLoaderRegistry registry, GraphQlProperties properties,
			org.mauticapi.contract.MauticApiContract contract) {
		this.contract = new ContractCheck(contract);
		this.batchSize = properties.maxPageSize();
		registry.<LookupKey, Object>forName(NAME)
			.registerMappedBatchLoader((keys, environment) -> Flux.fromIterable(batches(keys))
				.flatMap((batch) -> load(batch, environment), properties.maxConcurrentLookups())
				.collectMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The fetcher of a field bound to a lookup by ids. */
	static DataFetcher<CompletableFuture<DataFetcherResult<Object>>> fetcher(BatchedLookup lookup) {
		return (environment) -> {
			Object id = (environment.getSource() instanceof Map<?, ?> parent) ? parent.get(lookup.keyProperty()) : null;
			if (id == null || String.valueOf(id).isBlank()) {
				return CompletableFuture.completedFuture(DataFetcherResult.newResult().build());
			}
			DataLoader<LookupKey, Object> loader = environment.getDataLoader(NAME);
			return loader.load(new LookupKey(lookup, String.valueOf(id)))
				.thenApply((found) -> result(found, environment));
		};
	}

	private static DataFetcherResult<Object> result(@Nullable Object found, DataFetchingEnvironment environment) {
		if (found instanceof UpstreamResult failed) {
			return DataFetcherResult.newResult().error(UpstreamErrors.of(failed, environment)).build();
		}
		if (found == NONE) {
			return DataFetcherResult.newResult().build();
		}
		if (found instanceof Refused refused) {
			return DataFetcherResult.newResult().error(UpstreamErrors.badInput(refused.message(), environment)).build();
		}
		return DataFetcherResult.newResult().data(found).build();
	}

	// The keys of each lookup, a page at a time.
	private List<List<LookupKey>> batches(java.util.Set<LookupKey> keys) {
		Map<BatchedLookup, List<LookupKey>> byLookup = keys.stream()
			.collect(Collectors.groupingBy(LookupKey::lookup, LinkedHashMap::new, Collectors.toList()));
		List<List<LookupKey>> batches = new ArrayList<>();
		byLookup.values().forEach((same) -> {
			List<LookupKey> sorted = same.stream().sorted(java.util.Comparator.comparing(LookupKey::id)).toList();
			for (int i = 0; i < sorted.size(); i += this.batchSize) {
				batches.add(sorted.subList(i, Math.min(i + this.batchSize, sorted.size())));
			}
		});
		return batches;
	}

	private Flux<Map.Entry<LookupKey, Object>> load(List<LookupKey> batch, BatchLoaderEnvironment environment) {
		BatchedLookup lookup = batch.get(0).lookup();
		String ids = batch.stream().map(LookupKey::id).collect(Collectors.joining(","));
		UpstreamCall call = new UpstreamCall("/api" + lookup.pathTemplate(),
				List.of(Map.entry(lookup.searchParam(), "ids:" + ids),
						Map.entry(lookup.limitParam(), Integer.toString(batch.size()))));
		String refusal = this.contract.refusal(lookup.operationId(), "GET", call, null, (wire) -> wire);
		if (refusal != null) {
			return Flux.fromIterable(batch).map((key) -> Map.entry(key, new Refused(refusal)));
		}
		UpstreamCalls calls = ((GraphQLContext) environment.getContext()).get(UpstreamCalls.CONTEXT_KEY);
		return UpstreamLoader.call(calls, lookup.operationId(), HttpMethod.GET, call.pathAndQuery(), null)
			.flatMapMany((result) -> Flux.fromIterable(batch).map((key) -> Map.entry(key, found(result, key))));
	}

	// The item with the key's id, a failure for every key, or an absent value (null) for
	// an id Mautic has not.
	private static Object found(UpstreamResult result, LookupKey key) {
		if (!result.ok()) {
			return result;
		}
		for (Object item : JsonValues.list(JsonValues.at(result.json(), key.lookup().resultPath()))) {
			if (item instanceof Map<?, ?> object
					&& key.id().equals(String.valueOf(object.get(key.lookup().idProperty())))) {
				return object;
			}
		}
		return NONE;
	}

	private record Refused(String message) {
	}

}
