package org.mauticapi.sandbox.field;

import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * GET /contacts/list/fields: every field, contact and company, keyed by id (recording
 * 303).
 */
@Service
public class FieldListing {

	private final SandboxState state;

	private final FieldStore fields;

	public FieldListing(SandboxState state, FieldStore fields) {
		this.state = state;
		this.fields = fields;
	}

	public ResponseEntity<JsonNode> list() {
		return this.state.read(() -> {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			for (FieldDefinition field : this.fields.allFields()) {
				ObjectNode entry = body.putObject(String.valueOf(field.id()));
				entry.put("id", field.id()).put("label", field.label()).put("alias", field.alias());
				entry.put("type", field.type()).put("group", field.group()).put("order", field.order());
				entry.put("object", field.object());
				// Mautic's list shows the settings only while they are empty (recordings
				// 006, 303).
				if (field.properties().isEmpty()) {
					entry.putObject("properties");
				}
			}
			return ResponseEntity.ok(body);
		});
	}

}
