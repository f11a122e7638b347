package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The spec's string enumerations as GraphQL enums: each wire value gets a GraphQL name in
 * upper snake case ({@code notLike} → {@code NOT_LIKE}, {@code !=} → {@code NOT_EQUALS}),
 * spellings that differ only in case ({@code asc}, {@code ASC}) are one value (sent as
 * the first), and enumerations with the same values are one enum wherever they appear. An
 * enum is named after its spec schema or where it is first met, or as the mapping's
 * {@code enums} renames it. The flags {@code "0"}/{@code "1"} are booleans, not enums.
 */
final class EnumShapes {

	private final Map<String, String> renames;

	private final Map<String, EnumDef> enums = new TreeMap<>();

	EnumShapes(Map<String, String> renames) {
		this.renames = renames;
	}

	/** The enums derived so far, by GraphQL name. */
	Map<String, EnumDef> enums() {
		return this.enums;
	}

	/**
	 * The enum of a string schema with {@code enum}, or null when it has none or is a 0/1
	 * flag.
	 * @param schema the resolved schema
	 * @param context the name it gets when it is new
	 */
	@Nullable GraphQlType enumType(JsonNode schema, String context) {
		if (!schema.path("enum").isArray() || !"string".equals(schema.path("type").asString(""))) {
			return null;
		}
		Map<String, String> byLowerCase = new LinkedHashMap<>();
		schema.get("enum").forEach((value) -> {
			if (value.isString()) {
				byLowerCase.putIfAbsent(value.asString().toLowerCase(Locale.ROOT), value.asString());
			}
		});
		if (byLowerCase.keySet().equals(Set.of("0", "1"))) {
			return null;
		}
		for (EnumDef existing : this.enums.values()) {
			if (existing.lowerCaseValues().equals(byLowerCase.keySet())) {
				return new GraphQlType(existing.name(), false, GraphQlType.Kind.ENUM);
			}
		}
		String name = this.renames.getOrDefault(context, context);
		if (this.enums.containsKey(name)) {
			throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": two enumerations would be named "
					+ name + "; name one of them in `enums`");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String wire : byLowerCase.values()) {
			String valueName = valueName(wire);
			if (values.put(valueName, wire) != null) {
				throw new IllegalStateException("Two values of " + name + " are both named " + valueName);
			}
		}
		this.enums.put(name,
				new EnumDef(name, SpecShapes.description(schema), values, new HashSet<>(byLowerCase.keySet())));
		return new GraphQlType(name, false, GraphQlType.Kind.ENUM);
	}

	// notLike -> NOT_LIKE, startsWith -> STARTS_WITH, != -> NOT_EQUALS, !gt -> NOT_GT,
	// andX -> AND_X.
	static String valueName(String wire) {
		boolean negated = wire.startsWith("!") && wire.length() > 1;
		String name = negated ? wire.substring(1) : wire;
		if (name.equals("=")) {
			name = "equals";
		}
		name = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
		name = (negated ? "NOT_" : "") + name;
		if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_'
				|| List.of("TRUE", "FALSE", "NULL").contains(name)) {
			name = "_" + name;
		}
		return name;
	}

	/**
	 * A GraphQL enum.
	 *
	 * @param name its name
	 * @param description its description, or null
	 * @param values GraphQL value name to the value Mautic sends and reads
	 * @param lowerCaseValues the values in lower case, to find enumerations with the same
	 * values
	 */
	record EnumDef(String name, @Nullable String description, Map<String, String> values, Set<String> lowerCaseValues) {

		List<String> names() {
			return new ArrayList<>(this.values.keySet());
		}

	}

}
