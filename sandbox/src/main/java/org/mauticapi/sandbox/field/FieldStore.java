package org.mauticapi.sandbox.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityAudit;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The field table: the 43 fields a fresh Mautic 5.1 installs (28 contact, 15 company; ids
 * and settings as recorded from one) and the custom fields created later. New custom
 * fields come first in the display order, as Mautic places them (recording 303).
 */
@Component
public class FieldStore {

	/**
	 * The groups Mautic adds, in this order, after the groups its fields fill
	 * ({@code LeadRepository::getFieldGroups} and
	 * {@code CustomFieldRepositoryTrait::formatFieldValues}).
	 */
	public static final List<String> GROUPS = List.of("core", "social", "personal", "professional");

	/**
	 * The installed contact fields in the order of their columns in a fresh 5.1.0's
	 * {@code leads} table ({@code SHOW
	 * COLUMNS}); custom fields' columns follow in the order they were created. Lists read
	 * values by column.
	 */
	private static final List<String> INSTALLED_COLUMNS = List.of("points", "last_active", "title", "firstname",
			"lastname", "company", "position", "email", "phone", "mobile", "address1", "address2", "city", "state",
			"zipcode", "timezone", "country", "fax", "preferred_locale", "attribution_date", "attribution", "website",
			"facebook", "foursquare", "instagram", "linkedin", "skype", "twitter");

	private final SandboxState state;

	private final List<FieldDefinition> fields = new ArrayList<>();

	private final Map<Long, EntityAudit> audits = new HashMap<>();

	public FieldStore(SandboxState state, JsonMapper jsonMapper) {
		this.state = state;
		for (JsonNode field : installedFields(jsonMapper)) {
			this.fields.add(new FieldDefinition(field.get("id").asLong(), field.get("label").asString(),
					field.get("alias").asString(), field.get("type").asString(), field.get("group").asString(),
					field.get("object").asString(), field.get("order").asInt(), field.get("isFixed").asBoolean(),
					field.get("properties"),
					field.get("defaultValue").isNull() ? null : field.get("defaultValue").asString(),
					FieldFlags.installed(field.get("alias").asString()), null));
			state.reserve("lead_fields", field.get("id").asLong());
		}
	}

	/** Contact fields in display order. */
	public List<FieldDefinition> contactFields() {
		return this.fields.stream()
			.filter(FieldDefinition::isContactField)
			.sorted(Comparator.comparingInt(FieldDefinition::order))
			.toList();
	}

	/**
	 * Contact fields in the order of the {@code leads} table's columns, as lists and
	 * batch answers show them
	 * ({@code CustomFieldRepositoryTrait::getEntitiesWithCustomFields} reads rows column
	 * by column).
	 */
	public List<FieldDefinition> contactFieldsInColumnOrder() {
		return this.fields.stream()
			.filter(FieldDefinition::isContactField)
			.sorted(Comparator.comparingInt((FieldDefinition field) -> columnOf(field))
				.thenComparingLong(FieldDefinition::id))
			.toList();
	}

	/**
	 * The groups of contacts' {@code fields} in Mautic's order: as the fields (in the
	 * order given) first fill them, then the empty ones.
	 * @param ordered the fields in the order they are shown
	 * @return the groups
	 */
	public static List<String> groupsOf(List<FieldDefinition> ordered) {
		java.util.LinkedHashSet<String> groups = new java.util.LinkedHashSet<>();
		ordered.forEach((field) -> groups.add(field.group()));
		groups.addAll(GROUPS);
		return List.copyOf(groups);
	}

	private static int columnOf(FieldDefinition field) {
		return (field.dateAdded() == null) ? INSTALLED_COLUMNS.indexOf(field.alias()) : INSTALLED_COLUMNS.size();
	}

	/** Every field, contact and company, in id order. */
	public List<FieldDefinition> allFields() {
		return this.fields.stream().sorted(Comparator.comparingInt(FieldDefinition::order)).toList();
	}

	public Optional<FieldDefinition> contactField(String alias) {
		return this.fields.stream()
			.filter((field) -> field.isContactField() && field.alias().equals(alias))
			.findFirst();
	}

	public Optional<FieldDefinition> find(long id) {
		return this.fields.stream().filter((field) -> field.id() == id).findFirst();
	}

	/**
	 * Creates a custom field (call under the write lock), and numbers every field,
	 * contact and company, again around it, as {@code FieldModel::saveEntity} does
	 * (recording 303). Its order is the current order of the field with id 1: the API's
	 * form submits the entity's default order, 1, to a choice of fields whose values are
	 * their ids, which {@code FieldToOrderTransformer} turns into that field's order.
	 */
	public FieldDefinition create(String label, String alias, String type, String group, String object,
			@Nullable JsonNode properties, @Nullable String defaultValue, FieldFlags flags) {
		int order = find(1).map(FieldDefinition::order).orElse(1);
		FieldDefinition field = new FieldDefinition(this.state.nextId("lead_fields"), label, alias, type, group, object,
				order, false, (properties != null) ? properties : JsonNodeFactory.instance.objectNode(), defaultValue,
				flags, this.state.now());
		this.fields.add(field);
		reorderAround(field);
		return field;
	}

	/**
	 * Numbers every field again around one that was saved, as
	 * {@code FieldModel::reorderFieldsByEntity} does: the others, in order (ties by id),
	 * take 1, 2, 3...; one that had the saved field's number moves past it.
	 * @param saved the field saved
	 */
	public void reorderAround(FieldDefinition saved) {
		List<FieldDefinition> sorted = this.fields.stream()
			.sorted(Comparator.comparingInt(FieldDefinition::order).thenComparingLong(FieldDefinition::id))
			.toList();
		int count = 1;
		boolean hit = false;
		for (FieldDefinition field : sorted) {
			if (field.id() != saved.id()) {
				int order = (field.order() == saved.order()) ? (hit ? count - 1 : count + 1) : count;
				replace(field.withOrder(order));
			}
			else {
				hit = true;
			}
			count++;
		}
	}

	public boolean delete(long id) {
		return this.fields.removeIf((field) -> field.id() == id);
	}

	/**
	 * Replaces a field with its edited version.
	 * @param field the edited field, with the same id
	 */
	public void replace(FieldDefinition field) {
		this.fields.replaceAll((existing) -> (existing.id() == field.id()) ? field : existing);
	}

	/**
	 * Who created and changed a custom field; the installed fields have no such record.
	 * @param id the field
	 * @return the audit, if the field was created through the API
	 */
	public Optional<EntityAudit> audit(long id) {
		return Optional.ofNullable(this.audits.get(id));
	}

	/**
	 * Records who created a custom field.
	 * @param id the field
	 * @param audit its audit
	 */
	public void audit(long id, EntityAudit audit) {
		this.audits.put(id, audit);
	}

	private static JsonNode installedFields(JsonMapper jsonMapper) {
		try (InputStream in = new ClassPathResource("sandbox/core-fields.json").getInputStream()) {
			return jsonMapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
