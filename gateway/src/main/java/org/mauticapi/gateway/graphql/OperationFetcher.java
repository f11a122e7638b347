package org.mauticapi.gateway.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationCall;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;

/**
 * Answers any field bound to an operation: builds the call from the arguments and the parent object, looks it up
 * through the request's {@link UpstreamLoader}, and takes the result out of Mautic's answer (a connection for paged
 * fields). A lookup without a usable answer makes the field null with an error at its path.
 */
final class OperationFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	private final OperationCall call;

	private final int maxPageSize;

	OperationFetcher(OperationCall call, int maxPageSize) {
		this.call = call;
		this.maxPageSize = maxPageSize;
	}

	@Override
	public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
		Page page = null;
		if (this.call.paging() != null) {
			page = Page.requested(environment.getArgument("first"), environment.getArgument("after"), this.maxPageSize);
			if (page == null) {
				return CompletableFuture.completedFuture(DataFetcherResult.newResult()
					.error(UpstreamErrors.badInput("first must be between 1 and " + this.maxPageSize
							+ ", and after a cursor this API gave", environment))
					.build());
			}
		}
		String pathAndQuery = pathAndQuery(environment, page);
		if (pathAndQuery == null || this.call.pick().values().stream().anyMatch((arg) -> !environment.containsArgument(arg)
				|| environment.getArgument(arg) == null)) {
			return CompletableFuture.completedFuture(DataFetcherResult.newResult().build());
		}
		DataLoader<UpstreamLookup, UpstreamResult> loader = environment.getDataLoader(UpstreamLoader.NAME);
		Page requested = page;
		return loader.load(new UpstreamLookup(this.call.operationId(), pathAndQuery))
			.thenApply((result) -> answer(result, requested, environment));
	}

	private DataFetcherResult<Object> answer(UpstreamResult result, @Nullable Page page,
			DataFetchingEnvironment environment) {
		if (!result.ok()) {
			return DataFetcherResult.newResult().error(UpstreamErrors.of(result, environment)).build();
		}
		Object value = JsonValues.at(result.json(), this.call.resultPath());
		if (page != null) {
			Object total = JsonValues.at(result.json(), this.call.totalPath());
			value = page.connection(JsonValues.list(value), JsonValues.integer(total), this.call.paging());
		}
		else if (!this.call.pick().isEmpty()) {
			value = picked(JsonValues.list(value), environment);
		}
		else if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldType()))) {
			value = JsonValues.list(value);
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
	private @Nullable String pathAndQuery(DataFetchingEnvironment environment, @Nullable Page page) {
		String path = "/api" + this.call.pathTemplate();
		StringJoiner query = new StringJoiner("&");
		for (Param param : this.call.params()) {
			Object value = (param.template() != null) ? expand(param.template(), environment.getSource())
					: environment.getArgument(param.argument());
			if (param.inPath()) {
				if (value == null) {
					return null;
				}
				path = path.replace("{" + param.name() + "}", encode(String.valueOf(value)));
			}
			else if (value instanceof List<?> values) {
				values.forEach((item) -> query.add(encode(param.name()) + "=" + encode(String.valueOf(item))));
			}
			else if (value != null) {
				query.add(encode(param.name()) + "=" + encode(String.valueOf(value)));
			}
		}
		if (page != null) {
			page.parameters(this.call.paging()).forEach((name, value) -> query.add(name + "=" + value));
		}
		return (query.length() > 0) ? path + "?" + query : path;
	}

	private static @Nullable String expand(String template, @Nullable Object source) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder expanded = new StringBuilder();
		while (placeholder.find()) {
			Object value = (source instanceof Map<?, ?> object) ? object.get(placeholder.group(1)) : null;
			if (value == null) {
				return null;
			}
			placeholder.appendReplacement(expanded, Matcher.quoteReplacement(String.valueOf(value)));
		}
		placeholder.appendTail(expanded);
		return expanded.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
