package org.mauticapi.gateway.graphql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.contract.ContractRequest;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.contract.RouteMatch;
import org.mauticapi.php.PhpInput;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;

/**
 * Checks every request a GraphQL field builds against the contract before it is sent, as
 * the REST surface checks its callers' (types, ranges, enumerations, formats, and every
 * key of a {@code where} clause at any depth, CVE-2026-4776): the query string is read as
 * PHP will read the bytes sent, so what is checked is what Mautic gets. A request the
 * contract does not allow is a {@code BAD_USER_INPUT} error naming the GraphQL argument,
 * and Mautic never sees it.
 */
final class ContractCheck {

	private final MauticApiContract contract;

	private final PhpInputReader php;

	ContractCheck(MauticApiContract contract) {
		this(contract, new PhpInputReader(PhpInputLimits.DEFAULTS));
	}

	ContractCheck(MauticApiContract contract, PhpInputReader php) {
		this.contract = contract;
		this.php = php;
	}

	/**
	 * The error for a call the contract does not allow, or null when it does.
	 * @param operationId the operation the call was built for
	 * @param method the HTTP method
	 * @param call the call
	 * @param body the JSON body, or null
	 * @param environment the field, for the error's path
	 * @param argumentPath the GraphQL argument path of a parameter or body field
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
		String pathAndQuery = call.pathAndQuery();
		int question = pathAndQuery.indexOf('?');
		String path = URLDecoder.decode((question != -1) ? pathAndQuery.substring(0, question) : pathAndQuery,
				StandardCharsets.UTF_8);
		Optional<RouteMatch> route = this.contract.route(method, path)
			.filter((match) -> match.operation().operationId().equals(operationId));
		List<String> problems = new ArrayList<>();
		if (route.isEmpty()) {
			problems.add(argumentPath.apply("path") + ": " + path + " is not a path of " + operationId);
		}
		else {
			PhpInput query = this.php.readQuery((question != -1) ? pathAndQuery.substring(question + 1) : null);
			query.problems()
				.forEach((problem) -> problems.add(argumentPath.apply(problem.parameter()) + ": " + problem.message()));
			JsonNode tree = (body != null) ? JsonMapper.shared().valueToTree(body) : null;
			// GraphQL is typed: it answers every mistake the contract documents before
			// calling Mautic, those Mautic
			// would answer itself included, where the REST surface leaves them to Mautic
			// to stay a drop-in.
			this.contract.validateRequestAsDocumented(new ContractRequest(route.get(), query.values(), tree, false))
				.forEach((violation) -> problems
					.add(argumentPath.apply(violation.parameter()) + ": " + readable(violation.message())));
		}
		return problems.isEmpty() ? null : String.join("; ", problems);
	}

}
