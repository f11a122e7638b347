package org.mauticapi.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Gives every error of an answer an {@code extensions.code} a client can branch on: the
 * gateway's own errors carry one already; parse and validation errors from graphql-java
 * become {@code BAD_USER_INPUT}, refused introspection {@code FORBIDDEN}, Spring's error
 * types their counterpart, anything else {@code INTERNAL_ERROR}.
 */
final class ErrorCodesInterceptor implements WebGraphQlInterceptor, Ordered {

	/** The extension that carries the code. */
	static final String CODE = "code";

	/** The code of a request whose operation name the document does not hold. */
	static final String OPERATION_NOT_FOUND = "OPERATION_NOT_FOUND";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().allMatch((error) -> error.getExtensions().containsKey(CODE))) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors().stream().map(ErrorCodesInterceptor::withCode).toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static GraphQLError withCode(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.putIfAbsent(CODE, operationNotFound(error) ? OPERATION_NOT_FOUND : code(error.getErrorType()));
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(extensions);
		// Errors raised before execution (an unknown operation name) have no locations or
		// path.
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

	// graphql-java raises these before execution, as validation errors without a
	// location: the request names no
	// operation the document holds, which the transport answers 400.
	private static boolean operationNotFound(ResponseError error) {
		return error.getErrorType() == graphql.ErrorType.ValidationError && error.getMessage() != null
				&& (error.getMessage().startsWith("Unknown operation named")
						|| error.getMessage().startsWith("Must provide operation name"));
	}

	static String code(ErrorClassification classification) {
		if (classification instanceof graphql.ErrorType type) {
			return switch (type) {
				case InvalidSyntax, ValidationError, OperationNotSupported -> "BAD_USER_INPUT";
				case ExecutionAborted -> QueryLimitExceededException.CODE;
				case DataFetchingException, NullValueInNonNullableField -> "INTERNAL_ERROR";
			};
		}
		if (classification instanceof ErrorType type) {
			return switch (type) {
				case BAD_REQUEST -> "BAD_USER_INPUT";
				case UNAUTHORIZED -> "UNAUTHENTICATED";
				case FORBIDDEN -> "FORBIDDEN";
				case NOT_FOUND -> "NOT_FOUND";
				case INTERNAL_ERROR -> "INTERNAL_ERROR";
			};
		}
		return switch (classification.toString()) {
			case "IntrospectionDisabled" -> "FORBIDDEN";
			case "BadFaithIntrospection" -> QueryLimitExceededException.CODE;
			default -> "INTERNAL_ERROR";
		};
	}

	// Last to see the answer, so that what other interceptors add is covered too.
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
