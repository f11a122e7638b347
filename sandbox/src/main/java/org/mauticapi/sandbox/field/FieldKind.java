package org.mauticapi.sandbox.field;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityAudit;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of one object through Mautic's API ({@code /api/fields/contact} or
 * {@code /api/fields/company}, {@code FieldApiController}): custom fields are created
 * (alias cleaned and made unique as {@code
 * FieldAliasHelper} does), edited and deleted; the installed ones are listed and read,
 * and refused on delete. Lists are keyed by id, in display order.
 */
public class FieldKind implements EntityKind<FieldDefinition> {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<String> GROUPS = List.of("core", "social", "personal", "professional");

	private final String object;

	private final FieldStore fields;

	private final SandboxState state;

	private final UserStore users;

	/**
	 * The fields of an object.
	 * @param object {@code lead} or {@code company}
	 * @param fields the field table
	 * @param state the state
	 * @param users the users
	 */
	public FieldKind(String object, FieldStore fields, SandboxState state, UserStore users) {
		this.object = object;
		this.fields = fields;
		this.state = state;
		this.users = users;
	}

	@Override
	public EntityNames names() {
		String path = "/fields/" + ("lead".equals(this.object) ? "contact" : this.object);
		return EntityNames.of(path, "field", "fields").listed(EntityNames.ListStyle.KEYED_BY_ID);
	}

	@Override
	public Optional<FieldDefinition> find(long id) {
		return this.fields.find(id).filter((field) -> field.object().equals(this.object));
	}

	@Override
	public List<FieldDefinition> all() {
		return this.fields.allFields()
			.stream()
			.filter((field) -> field.object().equals(this.object))
			.sorted(Comparator.comparingInt(FieldDefinition::order).thenComparingLong(FieldDefinition::id))
			.toList();
	}

	@Override
	public long id(FieldDefinition field) {
		return field.id();
	}

	@Override
	public FieldDefinition create(JsonNode payload) {
		String label = FormValues.text(payload, "label");
		String group = payload.has("group") ? FormValues.text(payload, "group") : "core";
		check(label, group);
		String type = payload.has("type") ? Objects.requireNonNullElse(FormValues.text(payload, "type"), "text")
				: "text";
		String requested = FormValues.text(payload, "alias");
		// Mautic gives a multiselect an empty default (recording 013)
		String defaultValue = payload.hasNonNull("defaultValue") ? payload.get("defaultValue").asString()
				: ("multiselect".equals(type) ? "" : null);
		FieldDefinition field = this.fields.create(label, uniqueAlias((requested != null) ? requested : label), type,
				group, this.object, stored(payload.get("properties")), defaultValue, FieldFlags.NEW.with(payload));
		User by = this.users.currentUser();
		EntityAudit audit = new EntityAudit(field.dateAdded(), by.id(), by.fullName());
		audit.published(!payload.has("isPublished") || FormValues.bool(payload, "isPublished"));
		this.fields.audit(field.id(), audit);
		return field;
	}

	@Override
	public void edit(FieldDefinition field, JsonNode payload, boolean replace) {
		if (replace) {
			refuseReplace(payload);
		}
		String label = FormValues.binds(payload, "label", replace) ? FormValues.text(payload, "label") : field.label();
		String group = FormValues.binds(payload, "group", replace) ? FormValues.text(payload, "group") : field.group();
		check(label, group);
		String defaultValue = FormValues.binds(payload, "defaultValue", replace)
				? FormValues.text(payload, "defaultValue") : field.defaultValue();
		JsonNode properties = payload.has("properties") ? stored(payload.get("properties")) : field.properties();
		FieldDefinition edited = new FieldDefinition(field.id(), label, field.alias(), field.type(), group,
				field.object(), field.order(), field.fixed(), properties, defaultValue, field.flags().with(payload),
				field.dateAdded());
		this.fields.replace(edited);
		this.fields.reorderAround(edited);
		User by = this.users.currentUser();
		this.fields.audit(field.id()).ifPresent((audit) -> {
			boolean published = payload.has("isPublished") ? FormValues.bool(payload, "isPublished")
					: audit.published();
			boolean changed = !edited.equals(field) || published != audit.published();
			audit.published(published);
			audit.edited(changed, this.state.now(), by.id(), by.fullName());
		});
	}

	/**
	 * A PUT on an existing field binds every setting it does not send to null, and
	 * {@code LeadField::setIsIndex} takes no null: Mautic answers 500; with
	 * {@code isIndex} sent, the text length, cleared, is refused (probes of Mautic
	 * 5.1.0). A PUT on a missing id creates the field.
	 */
	private static void refuseReplace(JsonNode payload) {
		if (!payload.has("isIndex")) {
			throw MauticApiException.serverError();
		}
		if (!payload.has("charLengthLimit")) {
			new FormErrors().add("charLengthLimit", "This value should not be blank.").throwIfAny();
		}
	}

	/**
	 * Any field goes, the installed ones too (a probe of Mautic 5.1.0 deleted
	 * {@code firstname} with a 200).
	 */
	@Override
	public void delete(FieldDefinition field) {
		this.fields.delete(field.id());
	}

	@Override
	public ObjectNode json(FieldDefinition field, View view) {
		ObjectNode json = this.fields.audit(field.id())
			.map((audit) -> audit.writeTo(JSON.objectNode()))
			.orElseGet(() -> {
				ObjectNode installed = JSON.objectNode().put("isPublished", true);
				for (String key : List.of("dateAdded", "dateModified", "createdBy", "createdByUser", "modifiedBy",
						"modifiedByUser")) {
					installed.putNull(key);
				}
				return installed;
			});
		json.put("id", (view == View.DELETED) ? null : field.id());
		json.put("label", field.label());
		json.put("alias", field.alias());
		json.put("type", field.type());
		json.put("group", field.group());
		json.put("order", field.order());
		json.put("object", field.object());
		json.put("defaultValue", field.defaultValue());
		FieldFlags flags = field.flags();
		json.put("isRequired", flags.required());
		json.put("isFixed", field.fixed());
		json.put("isListable", flags.listable());
		json.put("isVisible", flags.visible());
		json.put("isShortVisible", flags.shortVisible());
		json.put("isUniqueIdentifier", flags.uniqueIdentifier());
		json.put("isPubliclyUpdatable", flags.publiclyUpdatable());
		// an empty setting list is answered as an object (recording 011)
		json.set("properties", field.properties().isEmpty() ? JSON.objectNode() : field.properties().deepCopy());
		return json;
	}

	@Override
	public List<String> columns() {
		return List.of("id", "label", "alias", "type", "group", "order", "object", "isPublished");
	}

	@Override
	public @Nullable Object column(FieldDefinition field, String column) {
		return switch (column) {
			case "label" -> field.label();
			case "alias" -> field.alias();
			case "type" -> field.type();
			case "group" -> field.group();
			case "order" -> field.order();
			case "object" -> field.object();
			case "isPublished" -> this.fields.audit(field.id()).map(EntityAudit::published).orElse(true);
			default -> field.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		return List.of("label", "alias");
	}

	private static void check(@Nullable String label, @Nullable String group) {
		FormErrors errors = new FormErrors();
		if (label == null || label.isBlank()) {
			errors.add("label", "A label is required.");
		}
		if (group != null && !GROUPS.contains(group)) {
			errors.add("group", "This value is not valid.");
		}
		errors.throwIfAny();
	}

	/**
	 * Mautic's alias for a new field ({@code FieldAliasHelper::makeAliasUnique},
	 * {@code FormModel::cleanAlias}): spaces become underscores, other characters outside
	 * a-z, 0-9 and _ go, at most 25 characters, no trailing underscore; a taken alias
	 * gets a number, 1, 2, ...
	 */
	private String uniqueAlias(String wanted) {
		String alias = wanted.trim().replace(' ', '_').replaceAll("[^0-9A-Za-z_]", "").toLowerCase(Locale.ROOT);
		if (alias.length() > 25) {
			alias = alias.substring(0, 25);
		}
		if (alias.endsWith("_")) {
			alias = alias.substring(0, alias.length() - 1);
		}
		if (alias.isEmpty() || alias.matches("\\d+")) {
			alias = "f_" + alias;
		}
		String candidate = alias;
		for (int suffix = 1; isTaken(candidate); suffix++) {
			candidate = alias + suffix;
		}
		return candidate;
	}

	private boolean isTaken(String alias) {
		return this.fields.allFields().stream().anyMatch((field) -> field.alias().equals(alias));
	}

	/**
	 * The settings as Mautic's form stores them: every scalar as text
	 * ({@code "roundmode": "4"}, recording 009).
	 */
	private static JsonNode stored(@Nullable JsonNode properties) {
		if (properties == null || !properties.isContainer()) {
			return JSON.objectNode();
		}
		return textual(properties);
	}

	private static JsonNode textual(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = JSON.objectNode();
			node.properties().forEach((entry) -> copy.set(entry.getKey(), textual(entry.getValue())));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JSON.arrayNode();
			node.forEach((item) -> copy.add(textual(item)));
			return copy;
		}
		if (node.isNull()) {
			return node;
		}
		if (node.isBoolean()) {
			return JSON.stringNode(node.booleanValue() ? "1" : "0");
		}
		return JSON.stringNode(node.asString());
	}

}
