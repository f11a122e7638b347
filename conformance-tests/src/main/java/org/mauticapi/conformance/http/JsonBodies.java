package org.mauticapi.conformance.http;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads response bodies that may or may not be JSON: a target that answers HTML is a
 * finding, not a crash.
 */
public final class JsonBodies {

	private JsonBodies() {
	}

	/**
	 * Parses a body.
	 * @param text the body
	 * @return the JSON tree, or {@code null} when the body is empty or not JSON
	 */
	public static @Nullable JsonNode parse(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return JsonMapper.shared().readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
