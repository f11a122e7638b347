package org.mauticapi.sandbox.field;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON value as PHP's {@code serialize()} does, for the field {@code properties}
 * Mautic sends in that form ({@code a:0:{}}, {@code a:1:{s:4:"list";a:2:{...}}}).
 */
public final class PhpSerializer {

	private PhpSerializer() {
	}

	public static String serialize(JsonNode value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(JsonNode value, StringBuilder out) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			out.append("N;");
		}
		else if (value.isArray()) {
			out.append("a:").append(value.size()).append(":{");
			for (int i = 0; i < value.size(); i++) {
				out.append("i:").append(i).append(';');
				write(value.get(i), out);
			}
			out.append('}');
		}
		else if (value.isObject()) {
			out.append("a:").append(value.size()).append(":{");
			for (Map.Entry<String, JsonNode> entry : value.properties()) {
				key(entry.getKey(), out);
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value.isBoolean()) {
			out.append("b:").append(value.booleanValue() ? 1 : 0).append(';');
		}
		else if (value.isIntegralNumber()) {
			out.append("i:").append(value.asLong()).append(';');
		}
		else if (value.isNumber()) {
			out.append("d:").append(value.asDouble()).append(';');
		}
		else {
			string(value.asString(), out);
		}
	}

	// PHP turns integer-like array keys into integers.
	private static void key(String key, StringBuilder out) {
		if (key.matches("0|-?[1-9]\\d{0,17}")) {
			out.append("i:").append(key).append(';');
		}
		else {
			string(key, out);
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append("s:").append(text.getBytes(StandardCharsets.UTF_8).length).append(":\"").append(text).append("\";");
	}

}
