package org.mauticapi.php;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts between PHP input arrays and JSON trees, the way PHP's {@code json_encode} and
 * {@code json_decode} relate them: an array keyed 0..n-1 in order is a JSON list, any
 * other array an object; values stay strings.
 */
public final class PhpJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private PhpJson() {
	}

	/**
	 * The JSON tree of an array, as {@code json_encode} writes it.
	 * @param array the array
	 * @return a list or an object
	 */
	public static JsonNode toJson(PhpArray array) {
		// Depth is bounded by max_input_nesting_level for read input, so recursion is
		// safe here.
		if (array.isList()) {
			ArrayNode list = JSON.arrayNode(array.size());
			array.entries().values().forEach((value) -> list.add(toJson(value)));
			return list;
		}
		ObjectNode object = JSON.objectNode();
		array.entries().forEach((key, value) -> object.set(String.valueOf(key), toJson(value)));
		return object;
	}

	/**
	 * The variables of a query string or form as one JSON object, keyed by name, whatever
	 * their names: unlike {@link #toJson(PhpArray)}, no list even when the names are
	 * 0..n-1 or there are none.
	 * @param variables the variables
	 * @return the object
	 */
	public static ObjectNode variables(PhpArray variables) {
		ObjectNode object = JSON.objectNode();
		variables.entries().forEach((key, value) -> object.set(String.valueOf(key), toJson(value)));
		return object;
	}

	/**
	 * The JSON tree of a top-level variable's value.
	 * @param value a {@link String} or a {@link PhpArray}
	 * @return a string node, a list or an object
	 */
	public static JsonNode toJson(Object value) {
		return (value instanceof PhpArray array) ? toJson(array) : JSON.stringNode((String) value);
	}

	/**
	 * The array PHP would read from a query string that spells out a JSON value: lists
	 * keyed 0..n-1, booleans as {@code 1} and {@code 0} (PHP's string form of true and
	 * false), numbers as written, nulls left out (a query string cannot carry them).
	 * @param object the JSON object of the top-level variables
	 * @return the array
	 */
	public static PhpArray fromJson(ObjectNode object) {
		PhpArray array = new PhpArray();
		object.properties().forEach((property) -> put(array, property.getKey(), property.getValue()));
		return array;
	}

	private static void put(PhpArray array, Object key, JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return;
		}
		if (value.isArray()) {
			PhpArray list = new PhpArray();
			for (int i = 0; i < value.size(); i++) {
				put(list, (long) i, value.get(i));
			}
			array.put(key, list);
		}
		else if (value.isObject()) {
			PhpArray nested = new PhpArray();
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				put(nested, property.getKey(), property.getValue());
			}
			array.put(key, nested);
		}
		else if (value.isBoolean()) {
			array.put(key, value.booleanValue() ? "1" : "0");
		}
		else {
			array.put(key, value.asString());
		}
	}

}
