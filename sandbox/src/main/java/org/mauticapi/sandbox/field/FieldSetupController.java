package org.mauticapi.sandbox.field;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.error.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/fields/contact/new} and {@code DELETE /api/fields/contact/{id}/delete}: custom contact fields
 * as Mautic's field API creates and deletes them (recordings 008-013); outside the documented Contacts API, so the
 * sandbox needs them to build the same data set.
 */
@RestController
public class FieldSetupController {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<String> GROUPS = List.of("core", "social", "personal", "professional");

	private final SandboxState state;

	private final FieldStore fields;

	private final UserStore users;

	public FieldSetupController(SandboxState state, FieldStore fields, UserStore users) {
		this.state = state;
		this.fields = fields;
		this.users = users;
	}

	@PostMapping("/fields/contact/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JSON.objectNode()).map(this::create);
	}

	@DeleteMapping("/fields/contact/{id:\\d+}/delete")
	public Mono<ResponseEntity<JsonNode>> delete(@PathVariable long id) {
		return Mono.fromSupplier(() -> this.state.write(() -> {
			FieldDefinition field = this.fields.find(id)
				.filter(FieldDefinition::isContactField)
				.orElseThrow(MauticApiException::notFound);
			if (field.fixed()) {
				// Mautic's field model refuses to delete the fields it installed
				throw MauticApiException.badRequest();
			}
			ObjectNode json = json(field);
			this.fields.delete(id);
			json.putNull("id");
			return ResponseEntity.ok(wrap(json));
		}));
	}

	private ResponseEntity<JsonNode> create(JsonNode payload) {
		String label = payload.path("label").asString("").trim();
		if (label.isEmpty()) {
			throw new MauticApiException(400, MauticErrors.validation(400, Map.of("label", List.of("A value is required."))));
		}
		String type = payload.path("type").asString("text");
		String group = payload.path("group").asString("core");
		if (!GROUPS.contains(group)) {
			throw new MauticApiException(400,
					MauticErrors.validation(400, Map.of("group", List.of("This value is not valid."))));
		}
		String requested = payload.path("alias").asString("");
		JsonNode properties = stored(payload.get("properties"));
		// Mautic gives a multiselect an empty default (recording 013)
		String defaultValue = payload.hasNonNull("defaultValue") ? payload.get("defaultValue").asString()
				: ("multiselect".equals(type) ? "" : null);
		return this.state.write(() -> {
			String alias = uniqueAlias(requested.isBlank() ? label : requested);
			FieldDefinition field = this.fields.create(label, alias, type, group, "lead", properties, defaultValue);
			return ResponseEntity.status(201)
				.header("Location", "/api/fields/contact/" + field.id())
				.body(wrap(json(field)));
		});
	}

	/** Mautic's {@code cleanAlias} and its numbered suffix for an alias already taken. */
	private String uniqueAlias(String wanted) {
		String alias = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
		if (alias.isEmpty()) {
			alias = "field";
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

	/** The settings as Mautic's form stores them: every scalar as text ({@code "roundmode": "4"}, recording 009). */
	private static JsonNode stored(JsonNode properties) {
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

	private ObjectNode json(FieldDefinition field) {
		User admin = this.users.currentUser();
		ObjectNode json = JSON.objectNode();
		json.put("isPublished", true);
		json.put("dateAdded", (field.dateAdded() != null) ? SandboxState.iso(field.dateAdded()) : null);
		json.putNull("dateModified");
		json.put("createdBy", admin.id());
		json.put("createdByUser", admin.fullName());
		json.putNull("modifiedBy");
		json.putNull("modifiedByUser");
		json.put("id", field.id());
		json.put("label", field.label());
		json.put("alias", field.alias());
		json.put("type", field.type());
		json.put("group", field.group());
		json.put("order", field.order());
		json.put("object", field.object());
		json.put("defaultValue", field.defaultValue());
		json.put("isRequired", false);
		json.put("isFixed", field.fixed());
		json.put("isListable", true);
		json.put("isVisible", true);
		json.put("isShortVisible", true);
		json.put("isUniqueIdentifier", false);
		json.put("isPubliclyUpdatable", false);
		// an empty setting list is answered as an object (recording 011)
		json.set("properties", field.properties().isEmpty() ? JSON.objectNode() : field.properties().deepCopy());
		return json;
	}

	private static ObjectNode wrap(ObjectNode field) {
		ObjectNode body = JSON.objectNode();
		body.set("field", field);
		return body;
	}

}
