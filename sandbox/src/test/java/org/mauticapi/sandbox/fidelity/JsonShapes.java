package org.mauticapi.sandbox.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON documents by shape: the same keys in the same order and the same
 * value types recursively, {@code null} counted as its own type, {@code {}} and
 * {@code []} counted as different, string and number counted as different, and lists of
 * the same length; values (ids, dates, texts) are not compared.
 */
public final class JsonShapes {

	private JsonShapes() {
	}

	/**
	 * The differences between Mautic's answer and another's.
	 * @param expected Mautic's answer
	 * @param actual the other answer
	 * @param keyOrder whether the order of an object's keys counts
	 * @return one line per difference, empty when the shapes agree
	 */
	public static List<String> differences(@Nullable JsonNode expected, @Nullable JsonNode actual, boolean keyOrder) {
		List<String> differences = new ArrayList<>();
		compare("$", expected, actual, keyOrder, differences);
		return differences;
	}

	private static void compare(String path, @Nullable JsonNode expected, @Nullable JsonNode actual, boolean keyOrder,
			List<String> differences) {
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
			if (keyOrder && missing.isEmpty() && extra.isEmpty()
					&& !List.copyOf(expected.propertyNames()).equals(List.copyOf(actual.propertyNames()))) {
				differences.add(path + ": keys in another order: expected " + expected.propertyNames() + " but was "
						+ actual.propertyNames());
			}
			for (String key : expected.propertyNames()) {
				if (actual.has(key)) {
					compare(path + "." + key, expected.get(key), actual.get(key), keyOrder, differences);
				}
			}
		}
		else if (expected.isArray()) {
			if (expected.size() != actual.size()) {
				differences.add(path + ": expected " + expected.size() + " items but was " + actual.size());
			}
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), keyOrder, differences);
			}
		}
	}

	private static String type(@Nullable JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "missing";
		}
		if (node.isNumber()) {
			return "number";
		}
		return node.getNodeType().name().toLowerCase(Locale.ROOT);
	}

}
