package org.mauticapi.bench;

import java.util.Iterator;
import java.util.Map;

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
 */
final class HiveReadableSpec {

	private HiveReadableSpec() {
	}

	/**
	 * The spec with each array-level {@code allOf} of item types made the array's items.
	 * @param document the spec
	 * @param inlined counts the arrays changed
	 * @return a changed copy, as JSON (which Mesh reads as YAML)
	 */
	static String of(JsonNode document, int[] inlined) {
		JsonNode copy = document.deepCopy();
		inline(copy, inlined);
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(copy);
	}

	private static void inline(JsonNode node, int[] inlined) {
		if (node instanceof ObjectNode object) {
			if ("array".equals(object.path("type").asString(null)) && object.get("allOf") instanceof ArrayNode parts
					&& parts.size() == 1 && parts.get(0).size() == 1 && parts.get(0).has("items")) {
				object.set("items", parts.get(0).get("items"));
				object.remove("allOf");
				inlined[0]++;
			}
			for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext();) {
				inline(it.next().getValue(), inlined);
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((item) -> inline(item, inlined));
		}
	}

}
