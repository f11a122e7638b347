package org.mauticapi.sandbox.contact;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A batch answer keyed by request index, serialised as PHP does: a JSON list while the keys are exactly 0..n-1,
 * an object ({@code {"0": .., "2": ..}}) once one is missing.
 */
final class BatchAnswer {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Map<Integer, JsonNode> contacts = new TreeMap<>();

	private final Map<Integer, JsonNode> statusCodes = new TreeMap<>();

	private final Map<Integer, JsonNode> errors = new TreeMap<>();

	void contact(int index, JsonNode contact) {
		this.contacts.put(index, contact);
	}

	void status(int index, int status) {
		this.statusCodes.put(index, JSON.numberNode(status));
	}

	void error(int index, JsonNode error) {
		this.errors.put(index, error);
	}

	ObjectNode toJson() {
		ObjectNode body = JSON.objectNode();
		body.set("contacts", phpArray(this.contacts));
		body.set("statusCodes", phpArray(this.statusCodes));
		if (!this.errors.isEmpty()) {
			body.set("errors", phpArray(this.errors));
		}
		return body;
	}

	static JsonNode phpArray(Map<Integer, JsonNode> byIndex) {
		int expected = 0;
		boolean sequential = true;
		for (Integer key : byIndex.keySet()) {
			sequential &= key == expected++;
		}
		if (sequential) {
			return JSON.arrayNode().addAll(byIndex.values());
		}
		ObjectNode object = JSON.objectNode();
		byIndex.forEach((key, value) -> object.set(String.valueOf(key), value));
		return object;
	}

}
