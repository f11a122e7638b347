package org.mauticapi.gateway.graphql.transport;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Refuses to run a mutation sent with GET (GraphQL over HTTP: GET is for reads, which
 * caches and prefetchers may repeat), before any of it runs; the transport answers it 405
 * with {@code Allow: POST}.
 */
final class MutationsOverGet extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& Boolean.TRUE.equals(execution.getGraphQLContext().get(GraphQlHttpHandler.SENT_WITH_GET))) {
			throw new MutationOverGetException();
		}
		return null;
	}

	private static final class MutationOverGetException extends AbortExecutionException {

		MutationOverGetException() {
			super("A mutation cannot be sent with GET; send it with POST.");
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("code", "METHOD_NOT_ALLOWED");
		}

	}

}
