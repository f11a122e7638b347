package org.mauticapi.sandbox.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seed script: the Mautic API calls that fill a fresh sandbox, in order, read from and
 * written to the JSON format {@code [{"method": "POST", "path":
 * "/api/contacts/batch/new", "body": [...]}, ...]} ({@code body} optional).
 *
 * @param requests the calls, in the order they are sent
 */
public record SeedScript(List<SeedRequest> requests) {

	/** A script that sends nothing, for a sandbox that starts empty. */
	public static final SeedScript EMPTY = new SeedScript(List.of());

	private static final Set<String> KEYS = Set.of("method", "path", "body");

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public SeedScript {
		requests = List.copyOf(requests);
	}

	/**
	 * Reads a script file.
	 * @param file the JSON file
	 * @return the script
	 * @throws SeedScriptException when the file cannot be read or is not a valid script
	 */
	public static SeedScript read(Path file) {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new SeedScriptException("Seed script " + file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads a script from JSON text.
	 * @param json the script
	 * @param source where the text comes from, for error messages
	 * @return the script
	 * @throws SeedScriptException when the text is not a valid script
	 */
	public static SeedScript parse(String json, String source) {
		JsonNode root = readTree(json, source);
		if (!root.isArray()) {
			throw new SeedScriptException(
					"Seed script " + source + " must be a JSON array of requests, not " + describe(root));
		}
		List<SeedRequest> requests = new ArrayList<>();
		for (int index = 0; index < root.size(); index++) {
			requests.add(entry(root.get(index), index, source));
		}
		return new SeedScript(requests);
	}

	/**
	 * Writes the script in its JSON format, one request per array element, without
	 * {@code body} when there is none.
	 * @return pretty-printed JSON
	 */
	public String toJson() {
		ArrayNode array = MAPPER.createArrayNode();
		for (SeedRequest request : this.requests) {
			ObjectNode entry = array.addObject();
			entry.put("method", request.method());
			entry.put("path", request.path());
			if (request.body() != null) {
				entry.set("body", request.body());
			}
		}
		return MAPPER.writeValueAsString(array);
	}

	private static JsonNode readTree(String json, String source) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String where = (location != null)
					? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
			throw new SeedScriptException(
					"Seed script " + source + " is not valid JSON" + where + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private static SeedRequest entry(JsonNode node, int index, String source) {
		String prefix = "Seed script " + source + ", entry [" + index + "]";
		if (!node.isObject()) {
			throw new SeedScriptException(
					prefix + " must be an object with method, path and an optional body, not " + describe(node));
		}
		for (String key : node.propertyNames()) {
			if (!KEYS.contains(key)) {
				throw new SeedScriptException(
						prefix + " has an unknown key '" + key + "' (allowed: method, path, body)");
			}
		}
		String method = text(node, "method", prefix);
		String path = text(node, "path", prefix);
		try {
			return new SeedRequest(method, path, node.get("body"));
		}
		catch (IllegalArgumentException ex) {
			throw new SeedScriptException(prefix + " (" + method + " " + path + "): " + ex.getMessage(), ex);
		}
	}

	private static String text(JsonNode entry, String key, String prefix) {
		JsonNode value = entry.get(key);
		if (value == null || value.isNull()) {
			throw new SeedScriptException(prefix + " has no '" + key + "'");
		}
		if (!value.isString() || value.asString().isBlank()) {
			throw new SeedScriptException(
					prefix + ": '" + key + "' must be a non-empty string, not " + describe(value));
		}
		return value.asString();
	}

	private static String describe(JsonNode node) {
		String text = node.toString();
		String shown = (text.length() > 60) ? text.substring(0, 57) + "..." : text;
		return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + shown;
	}

}
