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
 * Answers a field of {@code Mutation}: sends the write once, with the body argument as
 * JSON, straight through the request's upstream (never through the DataLoader, which
 * would share or reorder calls; graphql-java runs mutation fields one after the other),
 * and takes the result out of Mautic's answer as reads do. An explicit null in the input
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
		GraphQLError refusal = this.contract.refusal(this.write.operationId(), this.write.method(), call, body,
				environment, ArgumentPaths.of(this.write.params(), this.write.bodyArgument()));
		if (refusal != null) {
			return refused(refusal);
		}
		UpstreamCalls calls = environment.getGraphQlContext().get(UpstreamCalls.CONTEXT_KEY);
		return UpstreamLoader
			.call(calls, this.write.operationId(), HttpMethod.valueOf(this.write.method()), call.pathAndQuery(),
					(body != null) ? JsonMapper.shared().writeValueAsBytes(body) : null)
			.map((result) -> OperationFetcher.plainResult(withDeletedId(result, environment), this.write.resultPath(),
					environment))
			.toFuture();
	}

	// Mautic answers a delete with the deleted entity, its id already null; the id is the
	// one deleted.
	@SuppressWarnings("unchecked")
	private UpstreamResult withDeletedId(UpstreamResult result, DataFetchingEnvironment environment) {
		if (!"DELETE".equals(this.write.method()) || !result.ok()) {
			return result;
		}
		Object deleted = JsonValues.at(result.json(), this.write.resultPath());
		Object id = this.write.params()
			.stream()
			.filter((param) -> param.inPath() && param.name().equals("id") && param.argument() != null)
			.map((param) -> environment.getArgument(param.argument()))
			.findFirst()
			.orElse(null);
		if (deleted instanceof Map<?, ?> entity && entity.get("id") == null && id != null) {
			((Map<String, Object>) entity).put("id", id);
		}
		return result;
	}

	private static CompletableFuture<DataFetcherResult<Object>> refused(GraphQLError error) {
		return CompletableFuture.completedFuture(DataFetcherResult.newResult().error(error).build());
	}

}
