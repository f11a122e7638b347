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
	 * A collection as a list: Mautic's id-keyed maps give their values in the server's order, and {@code []},
	 * {@code {}} and null (Mautic's three ways to say "none") give an empty list.
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
