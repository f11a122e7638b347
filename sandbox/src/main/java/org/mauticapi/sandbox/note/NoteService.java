package org.mauticapi.sandbox.note;

import java.util.List;
import java.util.Map;

import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactJson;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.entity.JsonProperties;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Notes as Mautic serialises them, and a contact's notes ({@code GET
 * /contacts/{id}/notes}).
 */
@Service
public class NoteService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final NoteStore notes;

	private final ContactStore contacts;

	private final ContactJson contactJson;

	public NoteService(SandboxState state, NoteStore notes, ContactStore contacts, ContactJson contactJson) {
		this.state = state;
		this.notes = notes;
		this.contacts = contacts;
		this.contactJson = contactJson;
	}

	/**
	 * {@code GET /contacts/{id}/notes}: a plain array without null properties,
	 * {@code lead} always {@code {}}.
	 */
	public ResponseEntity<JsonNode> list(long id, Map<String, List<String>> query) {
		return this.state.read(() -> {
			this.contacts.get(id);
			NoteQuery request = NoteQuery.parse(query);
			List<Note> matching = this.notes.notesOf(id).stream().filter(request.filter()).toList();
			ObjectNode body = JSON.objectNode().put("total", matching.size());
			ArrayNode list = body.putArray("notes");
			request.page(matching)
				.forEach((note) -> list.add(JsonProperties.withoutNulls(json(note, note.id(), JSON.objectNode()))));
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * A note as the note API answers it: its contact as id, points, color and, when the
	 * write bound the contact, its field groups (recording 029), else {@code fields: []}.
	 * @param note the note
	 * @param id the id to show, null once deleted
	 * @return the JSON
	 */
	ObjectNode json(Note note, @org.jspecify.annotations.Nullable Long id) {
		Contact contact = this.contacts.find(note.contactId()).orElse(null);
		ObjectNode lead = JSON.objectNode().put("id", note.contactId());
		if (contact != null) {
			ObjectNode loaded = this.contactJson.loaded(contact);
			lead.set("points", loaded.get("points"));
			lead.set("color", loaded.get("color"));
			if (note.leadBound) {
				ObjectNode fields = (ObjectNode) loaded.get("fields").deepCopy();
				fields.remove("all");
				lead.set("fields", fields);
			}
			else {
				lead.putArray("fields");
			}
		}
		note.leadBound = false;
		return json(note, id, lead);
	}

	private static ObjectNode json(Note note, @org.jspecify.annotations.Nullable Long id, ObjectNode lead) {
		ObjectNode json = JSON.objectNode().put("id", id).put("text", note.text()).put("type", note.type());
		json.put("dateTime", (note.dateTime() != null) ? SandboxState.iso(note.dateTime()) : null);
		json.set("lead", lead);
		return json;
	}

}
