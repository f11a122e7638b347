package org.mauticapi.gateway.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.mauticapi.gateway.upstream.UpstreamFailure;

/**
 * The GraphQL error for a lookup that got no usable answer, at the field's path:
 * {@code extensions.code} says what a client can branch on, {@code extensions.status} is
 * the upstream's status where there was one.
 */
final class UpstreamErrors {

	private UpstreamErrors() {
	}

	static GraphQLError of(UpstreamResult result, DataFetchingEnvironment environment) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		String message;
		UpstreamFailure failure = result.failure();
		if (failure != null) {
			extensions.put("code",
					(failure.kind() == UpstreamFailure.Kind.TIMEOUT) ? "UPSTREAM_TIMEOUT" : "UPSTREAM_UNAVAILABLE");
			extensions.put("status", failure.kind().status());
			message = failure.getMessage();
		}
		else {
			extensions.put("code", code(result.status()));
			extensions.put("status", result.status());
			message = mauticMessage(result.json());
		}
		return GraphqlErrorBuilder.newError(environment).message(message).extensions(extensions).build();
	}

	static GraphQLError badInput(String message, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.message(message)
			.extensions(Map.of("code", "BAD_USER_INPUT"))
			.build();
	}

	private static String code(int status) {
		return switch (status) {
			case 400, 422 -> "BAD_USER_INPUT";
			case 401 -> "UNAUTHENTICATED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 504 -> "UPSTREAM_TIMEOUT";
			default -> "UPSTREAM_UNAVAILABLE";
		};
	}

	// Mautic's envelope: {"errors":[{"message": ..., "code": ...}]}.
	private static String mauticMessage(Object json) {
		if (json instanceof Map<?, ?> body && body.get("errors") instanceof List<?> errors && !errors.isEmpty()
				&& errors.get(0) instanceof Map<?, ?> first && first.get("message") instanceof String message) {
			return message;
		}
		return "Mautic answered without the data";
	}

}
