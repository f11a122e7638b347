package org.mauticapi.contract;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The route requirements of the operations' path parameters
 * ({@code x-mautic-route-pattern}): what Mautic's router itself requires of a
 * placeholder's value (digits for {@code {id}} and every {@code {...Id}}), so that a path
 * it does not route is not taken for an operation.
 */
final class RouteRequirements {

	private static final String PATTERN = "x-mautic-route-pattern";

	private final MauticApiContract contract;

	private final Map<String, Map<String, Pattern>> byOperation = new ConcurrentHashMap<>();

	RouteRequirements(MauticApiContract contract) {
		this.contract = contract;
	}

	boolean met(ContractOperation operation, Map<String, String> values) {
		Map<String, Pattern> patterns = this.byOperation.computeIfAbsent(operation.operationId(),
				(id) -> patterns(operation));
		for (Map.Entry<String, Pattern> pattern : patterns.entrySet()) {
			String value = values.get(pattern.getKey());
			if (value != null && !pattern.getValue().matcher(value).matches()) {
				return false;
			}
		}
		return true;
	}

	private Map<String, Pattern> patterns(ContractOperation operation) {
		Map<String, Pattern> patterns = new HashMap<>();
		String pathItem = operation.pointer().substring(0, operation.pointer().lastIndexOf('/'));
		for (String pointer : new String[] { pathItem + "/parameters", operation.pointer() + "/parameters" }) {
			for (JsonNode declared : this.contract.document().at(pointer)) {
				JsonNode parameter = this.contract.resolve(declared);
				if ("path".equals(parameter.path("in").asString("")) && parameter.has(PATTERN)) {
					patterns.put(parameter.path("name").asString(), Pattern.compile(parameter.get(PATTERN).asString()));
				}
			}
		}
		return patterns;
	}

}
