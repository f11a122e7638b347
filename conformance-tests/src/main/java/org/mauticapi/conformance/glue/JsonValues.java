package org.mauticapi.conformance.glue;

import java.util.Iterator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Finds values in a JSON body by a dotted path such as {@code contact.fields.all.email} or {@code lists.12.name}.
 * A segment is an object key or an array index; {@code [first]} is the first entry of an object or array, for
 * Mautic's collections keyed by id.
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
	 * How many entries a collection has: the size of an array or object ({@code []} and {@code {}} both count 0).
	 * @param node the collection
	 * @return its size, or -1 when it is not a collection
	 */
	static int entries(JsonNode node) {
		return (node.isArray() || node.isObject()) ? node.size() : -1;
	}

}
