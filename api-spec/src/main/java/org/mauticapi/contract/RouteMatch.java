package org.mauticapi.contract;

import java.util.Map;

/**
 * A request path matched to the operation it is an instance of.
 *
 * @param operation the operation
 * @param pathParameters the values of the path template's placeholders, decoded, by name
 */
public record RouteMatch(ContractOperation operation, Map<String, String> pathParameters) {

	public RouteMatch {
		pathParameters = Map.copyOf(pathParameters);
	}

}
