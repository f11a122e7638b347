package org.mauticapi.contract;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A request to check against the contract, as it arrives: query parameters by their raw names
 * ({@code where[0][col]}, {@code select[]}), and the body as JSON, either sent as JSON or decoded from a form
 * (see {@link PhpParameters#parse(Map)}).
 *
 * @param method the HTTP method
 * @param path the request path, with or without {@code /api}, without query string
 * @param query the query parameters by raw name, each with its values in order
 * @param body the request body, or null when there is none
 * @param formBody whether the body was form-encoded, so that its values are strings to be read as numbers or
 * booleans where the schema says so
 */
public record ContractRequest(String method, String path, Map<String, List<String>> query, @Nullable JsonNode body,
		boolean formBody) {

	/**
	 * A request without a body.
	 * @param method the HTTP method
	 * @param path the request path
	 * @param query the query parameters by raw name
	 * @return the request
	 */
	public static ContractRequest of(String method, String path, Map<String, List<String>> query) {
		return new ContractRequest(method, path, query, null, false);
	}

	/**
	 * A request with a JSON body.
	 * @param method the HTTP method
	 * @param path the request path
	 * @param query the query parameters by raw name
	 * @param body the body
	 * @return the request
	 */
	public static ContractRequest withJson(String method, String path, Map<String, List<String>> query,
			@Nullable JsonNode body) {
		return new ContractRequest(method, path, query, body, false);
	}

}
