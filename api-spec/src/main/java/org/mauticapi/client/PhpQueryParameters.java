package org.mauticapi.client;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.util.MultiValueMap;

/**
 * Flattens a JSON value into PHP's query-string array syntax: {@code name[0][col]=email}. Mautic builds its
 * {@code where} and {@code order} arrays from exactly that form.
 */
final class PhpQueryParameters {

	private PhpQueryParameters() {
	}

	/**
	 * Adds one query parameter per scalar leaf of {@code value}, named by its path in brackets. Nulls are left
	 * out, as PHP has no way to receive them.
	 * @param name the parameter name
	 * @param value the value to flatten
	 * @param into where the parameters go
	 */
	static void flatten(String name, JsonNode value, MultiValueMap<String, String> into) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return;
		}
		if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				flatten(name + "[" + i + "]", value.get(i), into);
			}
		}
		else if (value.isObject()) {
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				flatten(name + "[" + property.getKey() + "]", property.getValue(), into);
			}
		}
		else if (value.isBoolean()) {
			into.add(name, value.booleanValue() ? "1" : "0");
		}
		else {
			into.add(name, value.asString());
		}
	}

}
