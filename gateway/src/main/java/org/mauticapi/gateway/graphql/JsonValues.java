package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads Mautic's parsed JSON the way the derived schema presents it.
 */
final class JsonValues {

	private JsonValues() {
	}

	static @Nullable Object at(@Nullable Object json, List<String> path) {
		Object value = json;
		for (String key : path) {
			value = (value instanceof Map<?, ?> object) ? object.get(key) : null;
		}
		return value;
	}

	/**
	 * A collection as a list: Mautic's id-keyed maps give their values in the server's
	 * order, and {@code []}, {@code {}} and null (Mautic's three ways to say "none") give
	 * an empty list.
	 */
	static List<Object> list(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		if (value instanceof Map<?, ?> map) {
			return new ArrayList<>(map.values());
		}
		return new ArrayList<>();
	}

	/**
	 * A flag Mautic sends as 1/0, "1"/"0", "true"/"false" or a boolean; blank is null.
	 */
	static @Nullable Boolean flag(@Nullable Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		if (value instanceof Number number) {
			return number.intValue() != 0;
		}
		if (value instanceof String text && !text.isBlank()) {
			return !(text.equals("0") || text.equalsIgnoreCase("false"));
		}
		return null;
	}

	/** A number Mautic may send as text; blank or not a number is null. */
	static @Nullable Double number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return Double.valueOf(text.strip());
			}
			catch (NumberFormatException notANumber) {
				return null;
			}
		}
		return null;
	}

	/** One value or a list of values as texts: booleans as 1/0, as Mautic reads them. */
	static List<String> texts(@Nullable Object value) {
		List<String> texts = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((item) -> texts.add(text(item)));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> texts.add(text(item)));
		}
		else if (value != null) {
			texts.add(text(value));
		}
		return texts;
	}

	private static String text(@Nullable Object value) {
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		return String.valueOf(value);
	}

	/** A count that Mautic may send as a number or as a string. */
	static int integer(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value instanceof String text && !text.isBlank()) {
			return (int) Double.parseDouble(text);
		}
		return 0;
	}

}
