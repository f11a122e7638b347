package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/**
 * Resolves the errors of the fields still pending when a client goes away: Spring for
 * GraphQL cancels the execution, and graphql-java fails each pending field with
 * "Execution has been asked to be cancelled". Nobody reads their answer, and the
 * transport logs the aborted request once; left unresolved, each would be logged as an
 * ERROR with its stack trace (thousands for one aborted fan-out).
 */
final class CancelledExecutionResolver implements DataFetcherExceptionResolver {

	@Override
	public Mono<List<GraphQLError>> resolveException(Throwable exception, DataFetchingEnvironment environment) {
		if (!(exception instanceof AbortExecutionException) || exception instanceof QueryLimitExceededException) {
			return Mono.empty();
		}
		return Mono.just(List.of(GraphqlErrorBuilder.newError(environment)
			.message("The request was cancelled.")
			.extensions(Map.of("code", "CANCELLED"))
			.build()));
	}

}
