package org.mauticapi.sandbox.contact;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.field.PhpSerializer;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A contact's {@code fields}: field metadata and values per group and the {@code all} map, in each of Mautic's
 * shapes (as just created, as loaded, as listed) and with the blanks a write leaves in its own answer.
 */
final class ContactFieldsJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final FieldStore fields;

	ContactFieldsJson(FieldStore fields) {
		this.fields = fields;
	}

	/**
	 * The {@code fields} object: the groups, each keyed by alias ({@code []} when empty), and {@code all}.
	 * @param contact the contact
	 * @param shape how its values are shown
	 * @param selected the only aliases to show, or null for all
	 * @return the fields
	 */
	ObjectNode of(Contact contact, Shape shape, @Nullable Set<String> selected) {
		ObjectNode groups = JSON.objectNode();
		ObjectNode all = JSON.objectNode().put("id", String.valueOf(contact.id()));
		for (String group : FieldStore.GROUPS) {
			ObjectNode entries = JSON.objectNode();
			for (FieldDefinition field : this.fields.contactFields()) {
				if (!field.group().equals(group) || selected != null && !selected.contains(field.alias())) {
					continue;
				}
				if (shape == Shape.CREATED) {
					ObjectNode entry = createdEntry(field, createdValue(contact, field));
					if (contact.blanked.contains(field.alias())) {
						entry.set("value", blank(field));
						if (field.type().equals("number")) {
							entry.set("normalizedValue", blank(field));
						}
					}
					entries.set(field.alias(), entry);
				}
				else {
					ObjectNode entry = loadedEntry(field, fieldValue(contact, field));
					entry.set("value", value(contact, field, shape));
					if (contact.blanked.contains(field.alias()) && field.type().equals("number")) {
						entry.set("normalizedValue", blank(field));
					}
					entries.set(field.alias(), entry);
				}
			}
			groups.set(group, entries.isEmpty() ? JSON.arrayNode() : entries);
		}
		for (String group : FieldStore.GROUPS) {
			for (FieldDefinition field : this.fields.contactFields()) {
				if (field.group().equals(group) && (selected == null || selected.contains(field.alias()))) {
					all.set(field.alias(), allValue(contact, field, shape));
				}
			}
		}
		groups.set("all", all);
		return groups;
	}

	/**
	 * The three ways Mautic shows field values: just created (as the form set them), loaded as an entity (GET, edits),
	 * and listed (from database rows: booleans as the strings "1"/"0", recording 137).
	 */
	enum Shape {

		CREATED, LOADED, LISTED

	}

	// last_active is the contact's lastActive column and points its points column, read back among the fields.
	private static @Nullable Object fieldValue(Contact contact, FieldDefinition field) {
		return switch (field.alias()) {
			case "last_active" -> (contact.lastActive() != null) ? SandboxState.sql(contact.lastActive()) : null;
			case "points" -> contact.points();
			default -> contact.value(field.alias());
		};
	}

	// A create answer shows the submitted form's values: no last activity (251), and a zero or false as empty, as
	// Mautic's form treats it (018); fields.all shows the entity's values.
	private static @Nullable Object createdValue(Contact contact, FieldDefinition field) {
		Object value = contact.value(field.alias());
		if (field.alias().equals("last_active") || Boolean.FALSE.equals(value)
				|| value instanceof Number number && number.doubleValue() == 0) {
			return null;
		}
		return value;
	}

	private static JsonNode value(Contact contact, FieldDefinition field, Shape shape) {
		// Fields a PUT or overwriteWithBlank just blanked show as "" in that answer (recordings 261, 284).
		if (contact.blanked.contains(field.alias())) {
			return blank(field);
		}
		// ...and a field that was already empty shows as "", from the submitted form (261, 282, 284).
		if (contact.blanked.contains(field.alias()) && !contact.cleared.contains(field.alias())) {
			return blank(field);
		}
		Object value = fieldValue(contact, field);
		if (shape == Shape.LISTED && value instanceof Boolean bool) {
			return JSON.stringNode(bool ? "1" : "0");
		}
		return FieldValues.loaded(value);
	}

	// What a blanked field shows in the answer of the write that blanked it: 0 for numbers, "" otherwise (284).
	private static JsonNode blank(FieldDefinition field) {
		return field.type().equals("number") ? JSON.numberNode(0) : JSON.stringNode("");
	}

	private static JsonNode allValue(Contact contact, FieldDefinition field, Shape shape) {
		// fields.all shows what is stored (null for a blanked installed field), except in a create answer, where
		// the blanked fields show as "" there too (recordings 284, 285)...
		if (shape == Shape.CREATED) {
			if (contact.blanked.contains(field.alias()) && !field.alias().equals("points")) {
				return blank(field);
			}
			return switch (field.alias()) {
				case "points" -> JSON.numberNode(contact.points());
				case "last_active" -> JSON.nullNode();
				default -> FieldValues.plain(contact.value(field.alias()));
			};
		}
		// ...and a field that was already empty shows as "", from the submitted form (261, 282, 284).
		if (contact.blanked.contains(field.alias()) && !contact.cleared.contains(field.alias())) {
			return blank(field);
		}
		Object value = fieldValue(contact, field);
		if (shape == Shape.LISTED && value instanceof Boolean bool) {
			return JSON.stringNode(bool ? "1" : "0");
		}
		return FieldValues.loaded(value);
	}

	private static ObjectNode loadedEntry(FieldDefinition field, @Nullable Object value) {
		ObjectNode entry = JSON.objectNode();
		entry.put("id", String.valueOf(field.id()));
		entry.put("label", field.label());
		entry.put("alias", field.alias());
		entry.put("type", field.type());
		entry.put("group", field.group());
		entry.put("object", field.object());
		entry.put("is_fixed", field.fixed() ? "1" : "0");
		entry.put("properties", PhpSerializer.serialize(field.properties()));
		entry.put("default_value", field.defaultValue());
		entry.set("value", FieldValues.loaded(value));
		entry.set("normalizedValue", FieldValues.normalized(field, value));
		return entry;
	}

	private static ObjectNode createdEntry(FieldDefinition field, @Nullable Object value) {
		ObjectNode entry = JSON.objectNode();
		entry.put("id", field.id());
		entry.put("group", field.group());
		entry.put("label", field.label());
		entry.put("alias", field.alias());
		entry.put("type", field.type());
		entry.set("properties", field.properties().isEmpty() ? JSON.arrayNode() : field.properties());
		entry.set("value", FieldValues.plain(value));
		entry.set("normalizedValue", FieldValues.normalized(field, value));
		return entry;
	}

}
