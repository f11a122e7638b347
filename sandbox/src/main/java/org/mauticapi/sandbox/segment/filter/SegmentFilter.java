package org.mauticapi.sandbox.segment.filter;

import tools.jackson.databind.JsonNode;

/**
 * One stored segment filter, read leniently: missing keys become empty strings and the
 * value may sit in {@code properties.filter} or, for filters saved by old clients, at the
 * top level (Mautic's {@code ContactSegmentFilterCrate} reads both).
 */
record SegmentFilter(String glue, String field, String object, String type, String operator, JsonNode value) {

	static SegmentFilter of(JsonNode node) {
		JsonNode value = node.path("properties").path("filter");
		if (value.isMissingNode()) {
			value = node.path("filter");
		}
		String operator = text(node, "operator");
		// Old segments stored = with a list; ContactSegmentFilterCrate reads that as in.
		if ("=".equals(operator) && value.isArray()) {
			operator = "in";
		}
		return new SegmentFilter(text(node, "glue"), text(node, "field"), text(node, "object"), text(node, "type"),
				operator, value);
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.path(key);
		return value.isValueNode() ? value.asString() : "";
	}

	boolean startsGroup() {
		return "or".equalsIgnoreCase(this.glue);
	}

	boolean onCompany() {
		return "company".equals(this.object);
	}

}
