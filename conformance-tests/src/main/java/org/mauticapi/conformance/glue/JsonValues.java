package org.mauticapi.conformance.glue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Finds values in a JSON body by a dotted path such as {@code contact.fields.all.email}
 * or {@code lists.12.name}. A segment is an object key or an array index; {@code [first]}
 * is the first entry of an object or array, for Mautic's collections keyed by id.
 */
final class JsonValues {

	private JsonValues() {
	}

	/**
	 * The value at a path.
	 * @param root the body
	 * @param path the dotted path; empty for the body itself
	 * @return the value, a missing node when there is none
	 */
	static JsonNode at(JsonNode root, String path) {
		if (path.isEmpty()) {
			return root;
		}
		JsonNode current = root;
		for (String segment : path.split("\\.")) {
			current = step(current, segment);
			if (current.isMissingNode()) {
				return current;
			}
		}
		return current;
	}

	private static JsonNode step(JsonNode node, String segment) {
		if (segment.equals("[first]")) {
			Iterator<JsonNode> values = node.values().iterator();
			return values.hasNext() ? values.next() : MissingNode.getInstance();
		}
		if (node.isArray() && segment.chars().allMatch(Character::isDigit)) {
			return node.path(Integer.parseInt(segment));
		}
		return node.path(segment);
	}

	/**
	 * How many entries a collection has: the size of an array or object ({@code []} and
	 * {@code {}} both count 0).
	 * @param node the collection
	 * @return its size, or -1 when it is not a collection
	 */
	static int entries(JsonNode node) {
		return (node.isArray() || node.isObject()) ? node.size() : -1;
	}

	/**
	 * The entries of a collection, in the order they are answered: the values of an
	 * array, or of an object keyed by id.
	 * @param collection the collection
	 * @return the entries
	 */
	static List<JsonNode> entryList(JsonNode collection) {
		List<JsonNode> entries = new ArrayList<>();
		collection.values().forEach(entries::add);
		return entries;
	}

	/**
	 * The ids of a collection's entries, in order: each entry's {@code id}, else its key
	 * in an object keyed by id.
	 * @param collection the collection
	 * @return the ids as text
	 */
	static List<String> ids(JsonNode collection) {
		List<String> ids = new ArrayList<>();
		if (collection.isObject()) {
			for (Map.Entry<String, JsonNode> entry : collection.properties()) {
				ids.add(text(entry.getValue().path("id")).orElse(entry.getKey()));
			}
		}
		else {
			collection.values().forEach((entry) -> ids.add(text(entry.path("id")).orElse("?")));
		}
		return ids;
	}

	/**
	 * A scalar as text, the way a feature writes it ({@code 12}, {@code true},
	 * {@code Oslo}).
	 * @param value the value
	 * @return its text, empty when it is missing, null or not a scalar
	 */
	static Optional<String> text(JsonNode value) {
		return (value.isValueNode() && !value.isNull()) ? Optional.of(value.asString()) : Optional.empty();
	}

	/**
	 * Whether some entry of a collection has every value of a table.
	 * @param collection the collection
	 * @param values the values by dotted path, as text
	 * @return whether one entry has them all
	 */
	static boolean anyEntryHas(JsonNode collection, Map<String, String> values) {
		return entryList(collection).stream().anyMatch((entry) -> hasValues(entry, values));
	}

	/**
	 * Whether an entry has every value of a table, each at a dotted path.
	 * @param entry the entry
	 * @param values the values by path, as text
	 * @return whether all match
	 */
	static boolean hasValues(JsonNode entry, Map<String, String> values) {
		return values.entrySet()
			.stream()
			.allMatch((wanted) -> text(at(entry, wanted.getKey())).filter(wanted.getValue()::equals).isPresent());
	}

}
