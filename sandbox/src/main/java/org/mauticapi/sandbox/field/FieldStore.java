package org.mauticapi.sandbox.field;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The field table: the 43 fields a fresh Mautic 5.1 installs (28 contact, 15 company; ids and settings as recorded
 * from one) and the custom fields created later. New custom fields come first in the display order, as Mautic
 * places them (recording 303).
 */
@Component
public class FieldStore {

	/** The order Mautic groups contact fields in, in contacts' {@code fields}. */
	public static final List<String> GROUPS = List.of("core", "professional", "personal", "social");

	private final SandboxState state;

	private final List<FieldDefinition> fields = new ArrayList<>();

	public FieldStore(SandboxState state, JsonMapper jsonMapper) {
		this.state = state;
		for (JsonNode field : installedFields(jsonMapper)) {
			this.fields.add(new FieldDefinition(field.get("id").asLong(), field.get("label").asString(),
					field.get("alias").asString(), field.get("type").asString(), field.get("group").asString(),
					field.get("object").asString(), field.get("order").asInt(), field.get("isFixed").asBoolean(),
					field.get("properties"), field.get("defaultValue").isNull() ? null : field.get("defaultValue").asString(),
					null));
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

	/** Every field, contact and company, in id order. */
	public List<FieldDefinition> allFields() {
		return this.fields.stream().sorted(Comparator.comparingInt(FieldDefinition::order)).toList();
	}

	public Optional<FieldDefinition> contactField(String alias) {
		return this.fields.stream().filter((field) -> field.isContactField() && field.alias().equals(alias)).findFirst();
	}

	public Optional<FieldDefinition> find(long id) {
		return this.fields.stream().filter((field) -> field.id() == id).findFirst();
	}

	/**
	 * Creates a custom field (call under the write lock); it is placed after the custom fields created before it.
	 */
	public FieldDefinition create(String label, String alias, String type, String group, String object,
			@Nullable JsonNode properties, @Nullable String defaultValue) {
		long customCount = this.fields.stream().filter((field) -> !field.fixed()).count();
		for (int i = 0; i < this.fields.size(); i++) {
			FieldDefinition field = this.fields.get(i);
			if (field.order() > customCount && field.object().equals(object)) {
				this.fields.set(i, field.withOrder(field.order() + 1));
			}
		}
		FieldDefinition field = new FieldDefinition(this.state.nextId("lead_fields"), label, alias, type, group, object,
				(int) customCount + 1, false, (properties != null) ? properties : JsonNodeFactory.instance.objectNode(),
				defaultValue, this.state.now());
		this.fields.add(field);
		return field;
	}

	public boolean delete(long id) {
		return this.fields.removeIf((field) -> field.id() == id && !field.fixed());
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
