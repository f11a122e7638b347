package org.mauticapi.contract;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.mauticapi.php.PhpArray;

/**
 * A request to check against the contract, as Mautic will read it: the operation it was
 * routed to with its path parameters, the query string as PHP reads it, and the body as
 * Mautic reads it (a JSON document, or a form body read as PHP does and written as JSON).
 *
 * @param route the operation and the path parameters
 * @param query the query variables as PHP reads them
 * ({@link org.mauticapi.php.PhpInputReader})
 * @param body the body, or null when there is none
 * @param formBody whether the body came as a form, so that its values are text to be read
 * as numbers or booleans where the schema says so
 */
public record ContractRequest(RouteMatch route, PhpArray query, @Nullable JsonNode body, boolean formBody) {

	/**
	 * A request without a body.
	 * @param route the operation and the path parameters
	 * @param query the query variables
	 * @return the request
	 */
	public static ContractRequest of(RouteMatch route, PhpArray query) {
		return new ContractRequest(route, query, null, false);
	}

	/**
	 * A request with a JSON body.
	 * @param route the operation and the path parameters
	 * @param query the query variables
	 * @param body the body
	 * @return the request
	 */
	public static ContractRequest withJson(RouteMatch route, PhpArray query, @Nullable JsonNode body) {
		return new ContractRequest(route, query, body, false);
	}

	/**
	 * @return the operation
	 */
	public ContractOperation operation() {
		return this.route.operation();
	}

}
