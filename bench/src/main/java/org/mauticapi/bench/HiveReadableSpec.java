package org.mauticapi.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The spec as Hive Gateway's OpenAPI loader can read it. The spec types the items of a
 * few lists inside unions in an array-level {@code allOf} ({@code ContactIndexList}, for
 * openapi-generator's Python client); GraphQL Mesh's loader fails on that form
 * ({@code subSchemaAndTypeComposers.output.addFields is not a function}), so such an
 * {@code allOf} becomes the array's {@code items} here. Hive then gets the same types as
 * the gateway derives: nothing is taken from it.
 *
 * @param json the changed copy
 * @param inlined how many arrays were changed
 */
record HiveReadableSpec(String json, int inlined) {

	/**
	 * The spec with each array-level {@code allOf} of item types made the array's items.
	 * @param document the spec
	 * @return a changed copy as JSON (which Mesh reads as YAML), and how many arrays were
	 * changed
	 */
	static HiveReadableSpec of(JsonNode document) {
		JsonNode copy = document.deepCopy();
		int inlined = inline(copy);
		return new HiveReadableSpec(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(copy),
				inlined);
	}

	private static int inline(JsonNode node) {
		int inlined = 0;
		if (node instanceof ObjectNode object) {
			if ("array".equals(object.path("type").asString(null)) && object.get("allOf") instanceof ArrayNode parts
					&& parts.size() == 1 && parts.get(0).size() == 1 && parts.get(0).has("items")) {
				object.set("items", parts.get(0).get("items"));
				object.remove("allOf");
				inlined++;
			}
			for (JsonNode value : object.values()) {
				inlined += inline(value);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (JsonNode item : array) {
				inlined += inline(item);
			}
		}
		return inlined;
	}

}
