package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLTypeUtil;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationCall;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Paging;

/**
 * Answers any field bound to an operation: builds the call from the arguments and the
 * parent object, looks it up through the request's {@link UpstreamLoader}, and takes the
 * result out of Mautic's answer (a connection for paged fields). A lookup without a
 * usable answer makes the field null with an error at its path.
 */
final class OperationFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

	private final OperationCall call;

	private final int maxPageSize;

	private final InputValues inputs;

	private final ContractCheck contract;

	private final Set<FieldCoordinates> parentFields;

	OperationFetcher(OperationCall call, int maxPageSize, InputValues inputs, ContractCheck contract,
			Set<FieldCoordinates> parentFields) {
		this.parentFields = parentFields;
		this.call = call;
		this.maxPageSize = maxPageSize;
		this.inputs = inputs;
		this.contract = contract;
	}

	@Override
	public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
		Page page = null;
		if (this.call.paging() != null) {
			try {
				page = Page.requested(environment.getArgument("first"), environment.getArgument("after"),
						this.maxPageSize);
			}
			catch (InputRefusedException ex) {
				return refused(UpstreamErrors.badInput(ex.getMessage(), environment));
			}
		}
		UpstreamCall upstreamCall;
		try {
			upstreamCall = upstreamCall(environment, page);
		}
		catch (InputRefusedException ex) {
			return refused(UpstreamErrors.badInput(ex.getMessage(), environment));
		}
		if (upstreamCall == null || this.call.pick()
			.values()
			.stream()
			.anyMatch((arg) -> !environment.containsArgument(arg) || environment.getArgument(arg) == null)) {
			return CompletableFuture.completedFuture(DataFetcherResult.newResult().build());
		}
		GraphQLError refusal = this.contract.refusal(this.call.operationId(), "GET", upstreamCall, null, environment,
				ArgumentPaths.of(this.call.params(), null));
		if (refusal != null) {
			return refused(refusal);
		}
		DataLoader<UpstreamLookup, UpstreamResult> loader = environment.getDataLoader(UpstreamLoader.NAME);
		Page requested = page;
		return loader.load(new UpstreamLookup(this.call.operationId(), upstreamCall.pathAndQuery()))
			.thenCompose((result) -> (requested != null && this.call.paging() == Paging.PAGE_LIMIT)
					? complete(result, requested, environment) : CompletableFuture.completedFuture(result))
			.thenApply((result) -> answer(result, (requested != null) ? requested : null, environment));
	}

	// A page of events is cut from the part of the merged list no type's limit cut short;
	// while the page reaches
	// past it, each type is asked for more (twice as many, at most the total, when no
	// type can be cut short).
	private CompletableFuture<UpstreamResult> complete(UpstreamResult result, Page page,
			DataFetchingEnvironment environment) {
		if (!result.ok()) {
			return CompletableFuture.completedFuture(result);
		}
		List<Object> ordered = ActivityOrder
			.ordered(JsonValues.list(JsonValues.at(result.json(), this.call.resultPath())));
		int total = JsonValues.integer(JsonValues.at(result.json(), this.call.totalPath()));
		int certain = ActivityOrder.certain(ordered, page.fetch());
		if (certain >= page.offset() + page.first() || certain == ordered.size() || page.fetch() >= total) {
			return CompletableFuture.completedFuture(result);
		}
		Page more = page.fetching(Math.min(total, Math.max(page.fetch() * 2, page.fetch() + 1)));
		UpstreamCall call = upstreamCall(environment, more);
		if (call == null || this.contract.refusal(this.call.operationId(), "GET", call, null, (wire) -> wire) != null) {
			return CompletableFuture.completedFuture(result);
		}
		DataLoader<UpstreamLookup, UpstreamResult> loader = environment.getDataLoader(UpstreamLoader.NAME);
		CompletableFuture<UpstreamResult> next = loader
			.load(new UpstreamLookup(this.call.operationId(), call.pathAndQuery()));
		// This load comes after the level's dispatch: dispatch it now.
		loader.dispatch();
		return next.thenCompose((larger) -> complete(larger, more, environment));
	}

	private static CompletableFuture<DataFetcherResult<Object>> refused(GraphQLError error) {
		return CompletableFuture.completedFuture(DataFetcherResult.newResult().error(error).build());
	}

	private DataFetcherResult<Object> answer(UpstreamResult result, @Nullable Page page,
			DataFetchingEnvironment environment) {
		if (!result.ok() || (page == null && this.call.pick().isEmpty())) {
			return plainResult(result, this.call.resultPath(), environment);
		}
		Object value = JsonValues.at(result.json(), this.call.resultPath());
		if (page != null) {
			Object total = JsonValues.at(result.json(), this.call.totalPath());
			List<Object> items = JsonValues.list(value);
			ParentObjects.attach(items, environment.getSource());
			value = page.connection(items, JsonValues.integer(total), this.call.paging());
		}
		else {
			value = picked(JsonValues.list(value), environment);
		}
		return DataFetcherResult.newResult().data(value).build();
	}

	private @Nullable Object picked(List<Object> items, DataFetchingEnvironment environment) {
		return items.stream()
			.filter((item) -> item instanceof Map<?, ?> object && this.call.pick()
				.entrySet()
				.stream()
				.allMatch((pick) -> String.valueOf(environment.<Object>getArgument(pick.getValue()))
					.equals(String.valueOf(object.get(pick.getKey())))))
			.findFirst()
			.orElse(null);
	}

	// Null when a value the path needs is missing on the parent.
	private @Nullable UpstreamCall upstreamCall(DataFetchingEnvironment environment, @Nullable Page page) {
		List<Map.Entry<String, String>> query = new ArrayList<>();
		if (page != null) {
			query.addAll(page.parameters(this.call.paging()).entrySet());
		}
		// A parent field below (a note's contact) reads the items whole, so they are not
		// narrowed then.
		if (this.call.narrowing() != null && !selectsParentField(environment)) {
			query.addAll(
					SelectionNarrowing.parameters(this.call.narrowing(), environment.getSelectionSet(), page != null));
		}
		UpstreamCall call = CallPaths.call(this.call.pathTemplate(), this.call.params(), environment, query,
				this.inputs);
		return (call != null && this.call.tieBreak() != null) ? TotalOrder.apply(call, this.call.tieBreak()) : call;
	}

	private boolean selectsParentField(DataFetchingEnvironment environment) {
		return !this.parentFields.isEmpty() && environment.getSelectionSet()
			.getFields("**")
			.stream()
			.anyMatch((field) -> field.getObjectTypeNames()
				.stream()
				.anyMatch((type) -> this.parentFields.contains(FieldCoordinates.coordinates(type, field.getName()))));
	}

	/**
	 * The value of a plain field: the result at its path in the answer, as a list when
	 * the field is one.
	 */
	static DataFetcherResult<Object> plainResult(UpstreamResult result, List<String> resultPath,
			DataFetchingEnvironment environment) {
		if (!result.ok()) {
			return DataFetcherResult.newResult().error(UpstreamErrors.of(result, environment)).build();
		}
		Object value = JsonValues.at(result.json(), resultPath);
		if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldType()))) {
			value = JsonValues.list(value);
		}
		// What a relation answers was reached from its parent (a contact's notes): kept
		// for their parent fields.
		ParentObjects.attach(value, environment.getSource());
		return DataFetcherResult.newResult().data(value).build();
	}

}
