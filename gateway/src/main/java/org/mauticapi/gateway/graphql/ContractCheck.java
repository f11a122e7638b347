package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.contract.ContractRequest;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.contract.RequestViolation;

/**
 * Checks every request a GraphQL field builds against the contract before it is sent, as the REST surface checks
 * its callers' (types, ranges, enumerations, formats, and every key of a {@code where} clause at any depth,
 * CVE-2026-4776): a request the contract does not allow is a {@code BAD_USER_INPUT} error naming the parameter, and
 * Mautic never sees it.
 */
final class ContractCheck {

	private final MauticApiContract contract;

	ContractCheck(MauticApiContract contract) {
		this.contract = contract;
	}

	/**
	 * The error for a call the contract does not allow, or null when it does.
	 * @param operationId the operation the call was built for (known, so its path need not be matched again)
	 * @param method the HTTP method
	 * @param call the call
	 * @param body the JSON body, or null
	 * @param environment the field, for the error's path
	 * @return the error, or null
	 */
	@Nullable GraphQLError refusal(String operationId, String method, UpstreamCall call, @Nullable Object body,
			DataFetchingEnvironment environment, UnaryOperator<String> argumentPath) {
		String refusal = refusal(operationId, method, call, body, argumentPath);
		return (refusal != null) ? UpstreamErrors.badInput(refusal, environment) : null;
	}

	// The schema validator's words for a format, as a GraphQL user reads them.
	private static String readable(String message) {
		return message.startsWith("does not match the email pattern") ? "is not a valid email address" : message;
	}

	/**
	 * Why the contract does not allow a call, or null when it does.
	 * @param operationId the operation the call was built for
	 * @param method the HTTP method
	 * @param call the call
	 * @param body the JSON body, or null
	 * @param argumentPath the GraphQL argument path of a parameter or body field
	 * @return the message naming each violation by its argument, or null
	 */
	@Nullable String refusal(String operationId, String method, UpstreamCall call, @Nullable Object body,
			UnaryOperator<String> argumentPath) {
		JsonNode tree = (body != null) ? JsonMapper.shared().valueToTree(body) : null;
		ContractRequest request = new ContractRequest(method, call.path(), call.parameters(), tree, false);
		List<RequestViolation> violations = this.contract.operationById(operationId)
			.map((operation) -> this.contract.validateRequest(operation, request))
			.orElseGet(() -> this.contract.validateRequest(request));
		if (violations.isEmpty()) {
			return null;
		}
		return violations.stream()
			.map((violation) -> argumentPath.apply(violation.parameter()) + ": " + readable(violation.message()))
			.collect(Collectors.joining("; "));
	}

}
