package org.mauticapi.sandbox.note;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactJson;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.error.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Notes on contacts: the list per contact and the setup endpoint.
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

	/** {@code GET /contacts/{id}/notes}: a plain array without null properties, {@code lead} always {@code {}}. */
	public ResponseEntity<JsonNode> list(long id, Map<String, List<String>> query) {
		return this.state.read(() -> {
			this.contacts.get(id);
			NoteQuery request = NoteQuery.parse(query);
			List<Note> matching = this.notes.notesOf(id).stream().filter(request.filter()).toList();
			ObjectNode body = JSON.objectNode().put("total", matching.size());
			ArrayNode list = body.putArray("notes");
			request.page(matching).forEach((note) -> list.add(json(note, JSON.objectNode(), false)));
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * {@code POST /notes/new}: writes a note ({@code lead}, {@code text}, {@code type}, {@code dateTime}) and
	 * answers it with its contact's id, points, color and field groups (recording 029).
	 * @param payload the note
	 * @return the answer, 201
	 */
	public ResponseEntity<JsonNode> create(JsonNode payload) {
		String text = payload.path("text").asString("");
		if (text.isBlank()) {
			throw invalid("text", "A value is required.");
		}
		Instant dateTime = dateTime(payload.get("dateTime"));
		String type = payload.path("type").asString("");
		return this.state.write(() -> {
			Contact contact = contact(payload.get("lead"));
			Note note = this.notes.create(contact.id(), text, type.isBlank() ? "general" : type, dateTime);
			ObjectNode body = JSON.objectNode();
			body.set("note", json(note, lead(contact), true));
			return ResponseEntity.status(201).header("Location", "/api/notes/" + note.id()).body(body);
		});
	}

	private Contact contact(@Nullable JsonNode lead) {
		String id = (lead == null || lead.isContainer()) ? "" : lead.asString("");
		if (!id.matches("\\d{1,18}")) {
			throw invalid("lead", "A value is required.");
		}
		return this.contacts.get(Long.parseLong(id));
	}

	/** The contact as Mautic's note serialiser shows it: id, points, color and the field groups. */
	private ObjectNode lead(Contact contact) {
		ObjectNode loaded = this.contactJson.loaded(contact);
		ObjectNode lead = JSON.objectNode();
		lead.set("id", loaded.get("id"));
		lead.set("points", loaded.get("points"));
		lead.set("color", loaded.get("color"));
		ObjectNode fields = (ObjectNode) loaded.get("fields").deepCopy();
		fields.remove("all");
		lead.set("fields", fields);
		return lead;
	}

	/** The note; lists leave out a missing {@code dateTime}, a create answers it as null (recordings 304, 031). */
	private static ObjectNode json(Note note, ObjectNode lead, boolean withNulls) {
		ObjectNode json = JSON.objectNode().put("id", note.id()).put("text", note.text()).put("type", note.type());
		if (note.dateTime() != null) {
			json.put("dateTime", SandboxState.iso(note.dateTime()));
		}
		else if (withNulls) {
			json.putNull("dateTime");
		}
		json.set("lead", lead);
		return json;
	}

	private static @Nullable Instant dateTime(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.asString("").isBlank()) {
			return null;
		}
		String text = value.asString();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				throw invalid("dateTime", "This value is not valid.");
			}
		}
	}

	private static MauticApiException invalid(String field, String message) {
		return new MauticApiException(400, MauticErrors.validation(400, Map.of(field, List.of(message))));
	}

}
