package org.mauticapi.gateway.graphql;

import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationWrite;

/**
 * Answers a field of {@code Mutation}: sends the write once, with the body argument as JSON, straight through the
 * request's upstream (never through the DataLoader, which would share or reorder calls; graphql-java runs mutation
 * fields one after the other), and takes the result out of Mautic's answer as reads do. An explicit null in the input
 * is sent as null, a field left out is not sent.
 */
final class WriteFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {

	private final OperationWrite write;

	WriteFetcher(OperationWrite write) {
		this.write = write;
	}

	@Override
	public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
		// Path parameters are non-null arguments, so the path is always complete.
		String pathAndQuery = CallPaths.pathAndQuery(this.write.pathTemplate(), this.write.params(), environment,
				new StringJoiner("&"));
		byte[] body = null;
		if (this.write.bodyArgument() != null) {
			Object input = environment.getArgument(this.write.bodyArgument());
			body = JsonMapper.shared().writeValueAsBytes((input != null) ? input : Map.of());
		}
		UpstreamCalls calls = environment.getGraphQlContext().get(UpstreamCalls.CONTEXT_KEY);
		return UpstreamLoader
			.call(calls, this.write.operationId(), HttpMethod.valueOf(this.write.method()), pathAndQuery, body)
			.map((result) -> OperationFetcher.plainResult(result, this.write.resultPath(), environment))
			.toFuture();
	}

}
