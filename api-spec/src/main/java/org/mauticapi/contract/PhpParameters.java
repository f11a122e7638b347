package org.mauticapi.contract;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads parameters the way PHP does: {@code where[0][col]=email} becomes {@code {"where": [{"col": "email"}]}},
 * {@code tags[]=a&tags[]=b} becomes {@code {"tags": ["a", "b"]}}. Mautic builds its arrays from exactly this form,
 * in query strings and in form-encoded bodies.
 */
public final class PhpParameters {

	private static final Pattern NAME = Pattern.compile("^([^\\[\\]]+)((?:\\[[^\\[\\]]*])*)$");

	private static final Pattern KEY = Pattern.compile("\\[([^\\[\\]]*)]");

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private PhpParameters() {
	}

	/**
	 * Builds the tree of all parameters: values are strings; an object whose keys are 0..n-1 becomes a list, as a
	 * PHP array with those keys is serialised as one. A name PHP would not parse as an array is kept as it is.
	 * @param parameters raw names with their values, in order
	 * @return the tree
	 */
	public static ObjectNode parse(Map<String, List<String>> parameters) {
		ObjectNode root = JSON.objectNode();
		tree(parameters).properties().forEach((property) -> root.set(property.getKey(), listify(property.getValue())));
		return root;
	}

	/**
	 * Builds a form body's tree as PHP hands it to Mautic: like {@link #parse(Map)}, but a body whose own keys are
	 * 0..n-1 ({@code 0[email]=a&1[email]=b}, a batch) is a list.
	 * @param parameters raw names with their values, in order
	 * @return the tree, an object or a list
	 */
	public static JsonNode parseBody(Map<String, List<String>> parameters) {
		return listify(tree(parameters));
	}

	private static ObjectNode tree(Map<String, List<String>> parameters) {
		ObjectNode root = JSON.objectNode();
		parameters.forEach((name, values) -> values.forEach((value) -> put(root, name, value)));
		return root;
	}

	/**
	 * The reverse of {@link #parse(Map)}: one parameter per scalar leaf of {@code value}, named by its path in
	 * brackets ({@code where[0][col]}). Nulls are left out, as PHP cannot receive them; booleans are sent as 1 and 0.
	 * @param name the parameter name
	 * @param value the value to flatten
	 * @param into receives each parameter name and value, in order
	 */
	public static void flatten(String name, JsonNode value, BiConsumer<String, String> into) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return;
		}
		if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				flatten(name + "[" + i + "]", value.get(i), into);
			}
		}
		else if (value.isObject()) {
			value.properties().forEach((property) -> flatten(name + "[" + property.getKey() + "]", property.getValue(), into));
		}
		else if (value.isBoolean()) {
			into.accept(name, value.booleanValue() ? "1" : "0");
		}
		else {
			into.accept(name, value.asString());
		}
	}

	/**
	 * The name before the first bracket: {@code where} for {@code where[0][col]}.
	 * @param rawName a parameter name
	 * @return its base name
	 */
	static String baseName(String rawName) {
		int bracket = rawName.indexOf('[');
		return (bracket > 0) ? rawName.substring(0, bracket) : rawName;
	}

	/**
	 * Writes a path inside a parameter as PHP names it: {@code where[0][val]}.
	 * @param base the parameter's base name
	 * @param path the keys below it
	 * @return the PHP name
	 */
	static String phpName(String base, List<String> path) {
		StringBuilder name = new StringBuilder(base);
		path.forEach((key) -> name.append('[').append(key).append(']'));
		return name.toString();
	}

	private static void put(ObjectNode root, String rawName, String value) {
		Matcher name = NAME.matcher(rawName);
		if (!name.matches() || name.group(2).isEmpty()) {
			root.put(rawName, value);
			return;
		}
		ObjectNode current = root;
		String key = name.group(1);
		Matcher keys = KEY.matcher(name.group(2));
		while (keys.find()) {
			JsonNode child = current.get(key);
			ObjectNode next = (child instanceof ObjectNode object) ? object : JSON.objectNode();
			current.set(key, next);
			current = next;
			key = keys.group(1).isEmpty() ? String.valueOf(nextIndex(current)) : keys.group(1);
		}
		current.put(key, value);
	}

	private static int nextIndex(ObjectNode node) {
		int next = 0;
		for (String key : node.propertyNames()) {
			if (key.matches("\\d+")) {
				next = Math.max(next, Integer.parseInt(key) + 1);
			}
		}
		return next;
	}

	private static JsonNode listify(JsonNode node) {
		if (!(node instanceof ObjectNode object)) {
			return node;
		}
		ObjectNode converted = JSON.objectNode();
		object.properties().forEach((entry) -> converted.set(entry.getKey(), listify(entry.getValue())));
		if (converted.isEmpty() || !isSequential(converted)) {
			return converted;
		}
		ArrayNode list = JSON.arrayNode();
		converted.values().forEach(list::add);
		return list;
	}

	private static boolean isSequential(ObjectNode node) {
		int expected = 0;
		for (Iterator<String> keys = node.propertyNames().iterator(); keys.hasNext(); expected++) {
			if (!keys.next().equals(String.valueOf(expected))) {
				return false;
			}
		}
		return true;
	}

}
