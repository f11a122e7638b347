package org.mauticapi.sandbox.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mauticapi.sandbox.contact.TagStore;
import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Reads a segment's {@code filters} as Mautic's filter form does: the field must exist
 * for its object, the operator must be one its type offers, {@code properties} may hold
 * only the value (and, for lookups, its label); the legacy top-level
 * {@code filter}/{@code display} keys move into {@code properties}, and boolean values
 * become integers (recordings 044, 374, 375, 376). Call under the state's lock (it reads
 * the field table).
 */
@Component
class SegmentFilterForm {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final String NOT_VALID = "This value is not valid.";

	private static final String EXTRA_FIELDS = "This form should not contain extra fields.";

	private static final List<String> TEXT = List.of("=", "!=", "empty", "!empty", "like", "!like", "regexp", "!regexp",
			"startsWith", "endsWith", "contains");

	private static final List<String> SELECT = List.of("=", "!=", "empty", "!empty", "regexp", "!regexp", "in", "!in");

	private static final List<String> MULTISELECT = List.of("in", "!in", "empty", "!empty");

	private static final List<String> BOOLEAN = List.of("=", "!=");

	private static final List<String> DATE = List.of("=", "!=", "gt", "gte", "lt", "lte", "!gt", "!lt", "empty",
			"!empty", "like", "!like", "regexp", "!regexp", "startsWith", "endsWith", "contains");

	private static final List<String> LOOKUP_ID = List.of("=", "!=", "empty", "!empty");

	private static final List<String> DEFAULT = List.of("=", "!=", "gt", "gte", "lt", "lte", "empty", "!empty", "like",
			"!like", "regexp", "!regexp", "startsWith", "endsWith", "contains");

	/**
	 * Operators by field type, as Mautic's {@code TypeOperatorSubscriber} offers them
	 * (the spec's FilterOperator).
	 */
	private static final Map<String, List<String>> OPERATORS = Map.ofEntries(Map.entry("text", TEXT),
			Map.entry("email", TEXT), Map.entry("tel", TEXT), Map.entry("url", TEXT), Map.entry("lookup", TEXT),
			Map.entry("select", SELECT), Map.entry("country", SELECT), Map.entry("region", SELECT),
			Map.entry("timezone", SELECT), Map.entry("locale", SELECT), Map.entry("multiselect", MULTISELECT),
			Map.entry("tags", MULTISELECT), Map.entry("leadlist", MULTISELECT), Map.entry("boolean", BOOLEAN),
			Map.entry("date", DATE), Map.entry("datetime", DATE), Map.entry("lookup_id", LOOKUP_ID));

	/** The contact filters that are not fields of the field table, with their types. */
	private static final Map<String, String> SPECIAL_CONTACT_FILTERS = Map.ofEntries(Map.entry("tags", "tags"),
			Map.entry("leadlist", "leadlist"), Map.entry("owner_id", "lookup_id"), Map.entry("id", "number"),
			Map.entry("date_added", "datetime"), Map.entry("date_modified", "datetime"),
			Map.entry("date_identified", "datetime"), Map.entry("dnc_bounced", "boolean"),
			Map.entry("dnc_unsubscribed", "boolean"), Map.entry("dnc_manual_email", "boolean"),
			Map.entry("dnc_bounced_sms", "boolean"), Map.entry("dnc_unsubscribed_sms", "boolean"),
			Map.entry("dnc_manual_sms", "boolean"));

	private final FieldStore fields;

	private final TagStore tags;

	SegmentFilterForm(FieldStore fields, TagStore tags) {
		this.fields = fields;
		this.tags = tags;
	}

	/**
	 * Reads the filters of a payload.
	 * @param filters the payload's {@code filters} (a list; an object's values count as a
	 * list, as PHP sees it)
	 * @param errors where the messages per form field go, in Mautic's order
	 * @return the filters to store
	 */
	ArrayNode read(JsonNode filters, Map<String, List<String>> errors) {
		ArrayNode stored = JSON.arrayNode();
		if (!filters.isArray() && !filters.isObject()) {
			return stored;
		}
		for (JsonNode filter : filters.values()) {
			stored.add(readOne(filter.isObject() ? filter : JSON.objectNode(), errors));
		}
		return stored;
	}

	private ObjectNode readOne(JsonNode filter, Map<String, List<String>> errors) {
		String field = text(filter, "field");
		String object = text(filter, "object").isEmpty() ? "lead" : text(filter, "object");
		String operator = text(filter, "operator");
		Optional<String> type = fieldType(object, field);
		ObjectNode properties = properties(filter);
		Set<String> allowed = type.isEmpty() ? Set.of()
				: "lookup_id".equals(type.get()) ? Set.of("filter", "display") : Set.of("filter");
		JsonNode submitted = filter.path("properties");
		boolean extraKeys = (submitted.isObject()
				&& submitted.propertyNames().stream().anyMatch((key) -> !allowed.contains(key)))
				|| (type.isEmpty() && filter.has("filter"));
		if (extraKeys) {
			add(errors, "properties", EXTRA_FIELDS);
		}
		if (type.isEmpty() || !OPERATORS.getOrDefault(type.get(), DEFAULT).contains(operator)) {
			add(errors, "operator", NOT_VALID);
		}
		if (type.isPresent() && "boolean".equals(type.get())) {
			properties.set("filter", booleanChoice(properties.path("filter")));
		}
		// The tags filter is a choice of tag ids: names, or ids of no tag, leave it
		// without a value (a probe of
		// Mautic 5.1.0: "filter: A value is required.").
		if ("tags".equals(field) && type.isPresent() && !operator.endsWith("empty")
				&& !knownTags(properties.path("filter"))) {
			add(errors, "filter", "A value is required.");
		}
		ObjectNode stored = JSON.objectNode();
		stored.put("glue", text(filter, "glue").isEmpty() ? "and" : text(filter, "glue"));
		stored.put("field", field);
		stored.put("object", object);
		stored.put("type", text(filter, "type").isEmpty() ? type.orElse("") : text(filter, "type"));
		stored.put("operator", operator);
		stored.set("properties", properties);
		return stored;
	}

	private boolean knownTags(JsonNode filter) {
		List<JsonNode> values = new java.util.ArrayList<>();
		if (filter.isContainer()) {
			filter.values().forEach(values::add);
		}
		else if (!filter.isNull() && !filter.isMissingNode()) {
			values.add(filter);
		}
		return !values.isEmpty() && values.stream()
			.allMatch((value) -> value.asString("").matches("\\d{1,18}")
					&& this.tags.exists(Long.parseLong(value.asString())));
	}

	/**
	 * The field's type, or empty when the object has no such field (its filter form has
	 * no value field).
	 */
	private Optional<String> fieldType(String object, String field) {
		if ("company".equals(object)) {
			return this.fields.allFields()
				.stream()
				.filter((definition) -> "company".equals(definition.object()) && definition.alias().equals(field))
				.map(FieldDefinition::type)
				.findFirst();
		}
		if (!"lead".equals(object) && !"behaviors".equals(object)) {
			return Optional.empty();
		}
		if (SPECIAL_CONTACT_FILTERS.containsKey(field)) {
			return Optional.of(SPECIAL_CONTACT_FILTERS.get(field));
		}
		return "lead".equals(object) ? this.fields.contactField(field).map(FieldDefinition::type) : Optional.empty();
	}

	/**
	 * The value and label: from {@code properties}, or from the legacy top-level keys
	 * (recording 376).
	 */
	private static ObjectNode properties(JsonNode filter) {
		ObjectNode properties = JSON.objectNode();
		JsonNode submitted = filter.path("properties");
		if (submitted.isObject()) {
			properties.setAll((ObjectNode) submitted.deepCopy());
		}
		if (!properties.has("filter")) {
			properties.set("filter", filter.has("filter") ? filter.get("filter").deepCopy() : JSON.nullNode());
		}
		if (!properties.has("display") && filter.hasNonNull("display")) {
			properties.set("display", filter.get("display").deepCopy());
		}
		return properties;
	}

	/**
	 * Boolean filters are a choice of 0 (no) or 1 (yes): {@code "1"} is stored as
	 * {@code 1} (recording 044).
	 */
	private static JsonNode booleanChoice(JsonNode value) {
		String text = value.isBoolean() ? (value.asBoolean() ? "1" : "0") : value.asString("");
		return switch (text) {
			case "1" -> JSON.numberNode(1);
			case "0" -> JSON.numberNode(0);
			default -> value;
		};
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.path(key);
		return value.isValueNode() && !value.isNull() ? value.asString() : "";
	}

	private static void add(Map<String, List<String>> errors, String field, String message) {
		List<String> messages = errors.computeIfAbsent(field, (key) -> new ArrayList<>());
		if (!messages.contains(message)) {
			messages.add(message);
		}
	}

}
