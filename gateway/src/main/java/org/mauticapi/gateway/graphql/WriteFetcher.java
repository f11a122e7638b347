package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLError;
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

	private final InputValues inputs;

	private final ContractCheck contract;

	WriteFetcher(OperationWrite write, InputValues inputs, ContractCheck contract) {
		this.write = write;
		this.inputs = inputs;
		this.contract = contract;
	}

	@Override
	public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment environment) {
		UpstreamCall call;
		Object body = null;
		try {
			// Path parameters are non-null arguments, so the path is always complete.
			call = CallPaths.call(this.write.pathTemplate(), this.write.params(), environment, List.of(), this.inputs);
			String bodyArgument = this.write.bodyArgument();
			if (bodyArgument != null) {
				Object input = this.inputs.json(environment.getArgument(bodyArgument),
						environment.getFieldDefinition().getArgument(bodyArgument).getType(), bodyArgument);
				body = (input != null) ? input : Map.of();
			}
		}
		catch (InputRefusedException ex) {
			return refused(UpstreamErrors.badInput(ex.getMessage(), environment));
		}
		GraphQLError refusal = this.contract.refusal(this.write.operationId(), this.write.method(), call, body, environment);
		if (refusal != null) {
			return refused(refusal);
		}
		UpstreamCalls calls = environment.getGraphQlContext().get(UpstreamCalls.CONTEXT_KEY);
		return UpstreamLoader
			.call(calls, this.write.operationId(), HttpMethod.valueOf(this.write.method()), call.pathAndQuery(),
					(body != null) ? JsonMapper.shared().writeValueAsBytes(body) : null)
			.map((result) -> OperationFetcher.plainResult(result, this.write.resultPath(), environment))
			.toFuture();
	}

	private static CompletableFuture<DataFetcherResult<Object>> refused(GraphQLError error) {
		return CompletableFuture.completedFuture(DataFetcherResult.newResult().error(error).build());
	}

}
