package org.mauticapi.sandbox.contact;

import java.util.List;
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
 * A contact's {@code fields}: field metadata and values per group and the {@code all}
 * map, in each of Mautic's shapes (as just created, as loaded, as listed) and with the
 * blanks a write leaves in its own answer.
 */
final class ContactFieldsJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final FieldStore fields;

	ContactFieldsJson(FieldStore fields) {
		this.fields = fields;
	}

	/**
	 * The {@code fields} object: the groups, each keyed by alias ({@code []} when empty),
	 * and {@code all}.
	 * @param contact the contact
	 * @param shape how its values are shown
	 * @param selected the only aliases to show, or null for all
	 * @return the fields
	 */
	ObjectNode of(Contact contact, Shape shape, @Nullable Set<String> selected) {
		return of(contact, shape, selected, (shape == Shape.LISTED) ? Order.COLUMNS : Order.DISPLAY);
	}

	/**
	 * The {@code fields} object with the fields in a given order: groups as the fields
	 * first fill them, then the empty ones ({@code []}), then {@code all} (id, then the
	 * groups' fields in the same order).
	 * @param contact the contact
	 * @param shape how its values are shown
	 * @param selected the only aliases to show, or null for all
	 * @param order the order of the fields
	 * @return the fields
	 */
	ObjectNode of(Contact contact, Shape shape, @Nullable Set<String> selected, Order order) {
		return of(contact, shape, selected,
				(order == Order.COLUMNS) ? this.fields.contactFieldsInColumnOrder() : this.fields.contactFields());
	}

	/**
	 * The {@code fields} of a list with {@code select[]}: only the selected fields, in
	 * the order they were asked for, as the database row holds them
	 * ({@code CommonRepository::buildSelectClause} keeps that order).
	 * @param contact the contact
	 * @param columns the selected columns, in request order
	 * @return the fields
	 */
	ObjectNode selectedInList(Contact contact, List<String> columns) {
		List<FieldDefinition> ordered = new java.util.ArrayList<>();
		for (String column : new java.util.LinkedHashSet<>(columns)) {
			if (SelectColumns.SELECTABLE_FIELDS.contains(column)) {
				this.fields.contactField(column).ifPresent(ordered::add);
			}
		}
		return of(contact, Shape.LISTED, Set.copyOf(columns), ordered);
	}

	/**
	 * The {@code fields} of a contact read with {@code select[]} ({@code GET
	 * /contacts/{id}?select[]=...}): every field, but only the selected ones hold their
	 * values. Mautic merges the selected row over the list of field aliases flipped to
	 * their positions ({@code CustomFieldRepositoryTrait::formatFieldValues}), so each
	 * other field shows its position in the display order, typed as its field type types
	 * values (recording 136).
	 * @param contact the contact
	 * @param selected the selected columns
	 * @return the fields, without nulls
	 */
	ObjectNode partial(Contact contact, Set<String> selected) {
		List<FieldDefinition> ordered = this.fields.contactFields();
		ObjectNode groups = JSON.objectNode();
		ObjectNode all = JSON.objectNode().put("id", String.valueOf(contact.id()));
		List<String> groupOrder = FieldStore.groupsOf(ordered);
		for (String group : groupOrder) {
			ObjectNode entries = JSON.objectNode();
			for (int i = 0; i < ordered.size(); i++) {
				FieldDefinition field = ordered.get(i);
				if (field.group().equals(group)) {
					Object value = fieldValue(contact, field);
					ObjectNode entry = loadedEntry(field, value);
					// A selected field without a value keeps its position too (a probe of
					// Mautic 5.1.0).
					if (!selected.contains(field.alias()) || !SelectColumns.SELECTABLE_FIELDS.contains(field.alias())
							|| value == null) {
						JsonNode position = position(field, i);
						entry.set("value", position);
						entry.set("normalizedValue",
								field.type().equals("multiselect") ? JSON.stringNode(position.asString()) : position);
					}
					entries.set(field.alias(), entry);
				}
			}
			groups.set(group, entries.isEmpty() ? JSON.arrayNode() : entries);
		}
		for (String group : groupOrder) {
			for (FieldDefinition field : ordered) {
				if (field.group().equals(group)) {
					all.set(field.alias(), entriesValue(groups, field));
				}
			}
		}
		groups.set("all", all);
		return (ObjectNode) ContactJson.withoutNulls(groups);
	}

	private static JsonNode entriesValue(ObjectNode groups, FieldDefinition field) {
		return groups.path(field.group()).path(field.alias()).path("value");
	}

	// CustomFieldHelper::fixValueType, then formatFieldValues' casts, applied to a
	// field's position.
	private static JsonNode position(FieldDefinition field, int position) {
		return switch (field.type()) {
			case "number" -> JSON.numberNode((double) position);
			case "boolean" -> JSON.numberNode((position == 0) ? 0 : 1);
			case "select" -> JSON.stringNode(String.valueOf(position));
			default -> JSON.numberNode(position);
		};
	}

	private ObjectNode of(Contact contact, Shape shape, @Nullable Set<String> selected, List<FieldDefinition> ordered) {
		List<String> groupOrder = FieldStore.groupsOf(
				ordered.stream().filter((field) -> selected == null || selected.contains(field.alias())).toList());
		ObjectNode groups = JSON.objectNode();
		ObjectNode all = JSON.objectNode().put("id", String.valueOf(contact.id()));
		for (String group : groupOrder) {
			ObjectNode entries = JSON.objectNode();
			for (FieldDefinition field : ordered) {
				if (!field.group().equals(group) || selected != null && !selected.contains(field.alias())) {
					continue;
				}
				entries.set(field.alias(), entry(contact, field, shape));
			}
			groups.set(group, entries.isEmpty() ? JSON.arrayNode() : entries);
		}
		for (String group : groupOrder) {
			for (FieldDefinition field : ordered) {
				if (field.group().equals(group) && (selected == null || selected.contains(field.alias()))) {
					all.set(field.alias(), allValue(contact, field, shape));
				}
			}
		}
		groups.set("all", all);
		return groups;
	}

	private static ObjectNode entry(Contact contact, FieldDefinition field, Shape shape) {
		if (shape == Shape.CREATED) {
			ObjectNode entry = createdEntry(field, createdValue(contact, field));
			if (contact.blanked.contains(field.alias())) {
				entry.set("value", blank(field));
				if (field.type().equals("number")) {
					entry.set("normalizedValue", blank(field));
				}
			}
			return entry;
		}
		if (contact.booleansBefore.containsKey(field.alias())) {
			return loadedEntry(field, contact.booleansBefore.get(field.alias()));
		}
		ObjectNode entry = loadedEntry(field, fieldValue(contact, field));
		entry.set("value", value(contact, field, shape));
		if (contact.blanked.contains(field.alias()) && field.type().equals("number")) {
			entry.set("normalizedValue", blank(field));
		}
		return entry;
	}

	/**
	 * The orders Mautic shows fields in: its display order (a contact loaded on its own,
	 * {@code
	 * CustomFieldRepositoryTrait::formatFieldValues}), or its table's column order
	 * (lists, and the batch answers that load contacts as a list does).
	 */
	enum Order {

		DISPLAY, COLUMNS

	}

	/**
	 * The three ways Mautic shows field values: just created (as the form set them),
	 * loaded as an entity (GET, edits), and listed (from database rows: booleans as the
	 * strings "1"/"0", recording 137).
	 */
	enum Shape {

		CREATED, LOADED, LISTED

	}

	// last_active is the contact's lastActive column and points its points column, read
	// back among the fields.
	private static @Nullable Object fieldValue(Contact contact, FieldDefinition field) {
		return switch (field.alias()) {
			case "last_active" -> (contact.lastActive() != null) ? SandboxState.sql(contact.lastActive()) : null;
			case "points" -> contact.points();
			default -> contact.value(field.alias());
		};
	}

	// A create answer shows the submitted form's values: no last activity (251), and a
	// zero or false as empty, as
	// Mautic's form treats it (018); fields.all shows the entity's values.
	private static @Nullable Object createdValue(Contact contact, FieldDefinition field) {
		Object value = contact.value(field.alias());
		if (contact.defaulted.contains(field.alias())) {
			return null;
		}
		if (field.alias().equals("last_active") || Boolean.FALSE.equals(value)
				|| value instanceof Number number && number.doubleValue() == 0) {
			return null;
		}
		return value;
	}

	private static JsonNode value(Contact contact, FieldDefinition field, Shape shape) {
		// Fields a PUT or overwriteWithBlank just blanked show as "" in that answer
		// (recordings 261, 284).
		if (contact.blanked.contains(field.alias())) {
			return blank(field);
		}
		// ...and a field that was already empty shows as "", from the submitted form
		// (261, 282, 284).
		if (contact.blanked.contains(field.alias()) && !contact.cleared.contains(field.alias())) {
			return blank(field);
		}
		Object value = fieldValue(contact, field);
		if (shape == Shape.LISTED && value instanceof Boolean bool) {
			return JSON.stringNode(bool ? "1" : "0");
		}
		return FieldValues.loaded(value);
	}

	// What a blanked field shows in the answer of the write that blanked it: 0 for
	// numbers, "" otherwise (284).
	private static JsonNode blank(FieldDefinition field) {
		return field.type().equals("number") ? JSON.numberNode(0) : JSON.stringNode("");
	}

	private static JsonNode allValue(Contact contact, FieldDefinition field, Shape shape) {
		// fields.all shows what is stored (null for a blanked installed field), except in
		// a create answer, where
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
		// ...and a field that was already empty shows as "", from the submitted form
		// (261, 282, 284); a number, even
		// one that had a value, shows as 0 (a probe of Mautic 5.1.0).
		if (contact.blanked.contains(field.alias())
				&& (!contact.cleared.contains(field.alias()) || field.type().equals("number"))) {
			return blank(field);
		}
		// A boolean the edit changed shows as the form set it (a probe of Mautic 5.1.0:
		// "yes" gives true).
		if (contact.booleansBefore.containsKey(field.alias())) {
			return JSON.booleanNode(Boolean.TRUE.equals(contact.value(field.alias())));
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
