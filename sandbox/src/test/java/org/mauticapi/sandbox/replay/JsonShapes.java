package org.mauticapi.sandbox.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON documents by shape: the same keys and value types recursively, {@code {}} and {@code []}
 * counted as different, string and number counted as different; values (ids, dates, texts) are not compared.
 */
final class JsonShapes {

	private JsonShapes() {
	}

	static List<String> differences(JsonNode expected, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("$", expected, actual, differences);
		return differences;
	}

	private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
		if (!type(expected).equals(type(actual))) {
			differences.add(path + ": expected " + type(expected) + " but was " + type(actual));
			return;
		}
		if (expected.isObject()) {
			Set<String> missing = new TreeSet<>(expected.propertyNames());
			actual.propertyNames().forEach(missing::remove);
			Set<String> extra = new TreeSet<>(actual.propertyNames());
			expected.propertyNames().forEach(extra::remove);
			if (!missing.isEmpty()) {
				differences.add(path + ": missing keys " + missing);
			}
			if (!extra.isEmpty()) {
				differences.add(path + ": unexpected keys " + extra);
			}
			for (String key : expected.propertyNames()) {
				if (actual.has(key)) {
					compare(path + "." + key, expected.get(key), actual.get(key), differences);
				}
			}
		}
		else if (expected.isArray()) {
			if (expected.size() != actual.size()) {
				differences.add(path + ": expected " + expected.size() + " items but was " + actual.size());
			}
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
			}
		}
	}

	private static String type(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "missing";
		}
		if (node.isNumber()) {
			return "number";
		}
		return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
	}

}
