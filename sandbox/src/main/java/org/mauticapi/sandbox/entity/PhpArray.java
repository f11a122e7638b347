package org.mauticapi.sandbox.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PHP array as Mautic builds its answers in one: keys in insertion order (a key set
 * again keeps its place, an unset key gives it up), written by {@code json_encode} as a
 * JSON list when the keys are exactly 0, 1, 2... in that order, and as an object
 * otherwise (keys {@code "1", "0"} stay in that order).
 */
public final class PhpArray {

	private final Map<String, JsonNode> entries = new LinkedHashMap<>();

	/**
	 * Sets a key, as {@code $array[$key] = $value}.
	 * @param key the key
	 * @param value the value
	 */
	public void put(String key, JsonNode value) {
		this.entries.put(key, value);
	}

	/** Unsets a key, as {@code unset($array[$key])}. */
	public void remove(String key) {
		this.entries.remove(key);
	}

	public Optional<JsonNode> get(String key) {
		return Optional.ofNullable(this.entries.get(key));
	}

	public boolean containsKey(String key) {
		return this.entries.containsKey(key);
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/** The array as {@code json_encode} writes it. */
	public JsonNode toJson() {
		int expected = 0;
		boolean list = true;
		for (String key : this.entries.keySet()) {
			list &= key.equals(String.valueOf(expected++));
		}
		if (list) {
			return JsonNodeFactory.instance.arrayNode().addAll(this.entries.values());
		}
		ObjectNode object = JsonNodeFactory.instance.objectNode();
		this.entries.forEach(object::set);
		return object;
	}

}
