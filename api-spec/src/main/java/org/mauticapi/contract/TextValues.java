package org.mauticapi.contract;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads text values (from a URL or a form) as the types their schema declares, the way
 * PHP would use them: {@code "30"} where an integer is expected is 30, {@code "1"} where
 * a boolean is expected is true. A value that does not read as its type stays text, so
 * that validation reports it.
 */
final class TextValues {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final MauticApiContract contract;

	TextValues(MauticApiContract contract) {
		this.contract = contract;
	}

	JsonNode typed(JsonNode value, JsonNode schema) {
		JsonNode resolved = this.contract.resolve(schema);
		if (value.isString()) {
			return scalar(value.asString(), scalarTypes(resolved));
		}
		if (value instanceof ArrayNode array) {
			JsonNode items = resolved.path("items");
			ArrayNode typed = JSON.arrayNode();
			array.forEach((item) -> typed.add(items.isMissingNode() ? item : typed(item, items)));
			return typed;
		}
		if (value instanceof ObjectNode object) {
			ObjectNode typed = JSON.objectNode();
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				JsonNode propertySchema = propertySchema(resolved, property.getKey());
				typed.set(property.getKey(), propertySchema.isMissingNode() ? property.getValue()
						: typed(property.getValue(), propertySchema));
			}
			return typed;
		}
		return value;
	}

	private JsonNode propertySchema(JsonNode schema, String name) {
		JsonNode declared = schema.path("properties").path(name);
		if (!declared.isMissingNode()) {
			return declared;
		}
		JsonNode additional = schema.path("additionalProperties");
		if (additional.isObject()) {
			return additional;
		}
		for (JsonNode part : schema.path("allOf")) {
			JsonNode found = propertySchema(this.contract.resolve(part), name);
			if (!found.isMissingNode()) {
				return found;
			}
		}
		return additional.isMissingNode() ? JSON.missingNode() : additional;
	}

	private Set<String> scalarTypes(JsonNode schema) {
		Set<String> types = new LinkedHashSet<>();
		if (schema.has("type")) {
			types.add(schema.get("type").asString());
		}
		for (String combinator : new String[] { "oneOf", "anyOf", "allOf" }) {
			schema.path(combinator).forEach((part) -> types.addAll(scalarTypes(this.contract.resolve(part))));
		}
		return types;
	}

	private static JsonNode scalar(String text, Set<String> types) {
		if (types.contains("string")) {
			return JSON.stringNode(text);
		}
		if (types.contains("boolean") && text.matches("(?i)true|false|1|0")) {
			return JSON.booleanNode(text.equalsIgnoreCase("true") || text.equals("1"));
		}
		if (types.contains("integer") && text.matches("-?\\d{1,18}")) {
			return JSON.numberNode(Long.parseLong(text));
		}
		if (types.contains("integer") && text.matches("-?\\d{19,400}")) {
			// Beyond 64 bits: still an integer, so that the schema's range and int64
			// format name the problem.
			return JSON.numberNode(new java.math.BigInteger(text));
		}
		if (types.contains("number") && text.matches("-?\\d+(\\.\\d+)?")) {
			return JSON.numberNode(new java.math.BigDecimal(text));
		}
		return JSON.stringNode(text);
	}

}
