package org.mauticapi.sandbox.entity;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small helpers for the JSON answers Mautic's serializer writes without null properties
 * (lists of a contact's notes and devices).
 */
public final class JsonProperties {

	private JsonProperties() {
	}

	/**
	 * A copy without the properties whose value is null (at the top level only).
	 * @param json the object
	 * @return the copy
	 */
	public static ObjectNode withoutNulls(ObjectNode json) {
		ObjectNode copy = JsonNodeFactory.instance.objectNode();
		json.properties().forEach((entry) -> {
			if (!entry.getValue().isNull()) {
				copy.set(entry.getKey(), entry.getValue());
			}
		});
		return copy;
	}

}
