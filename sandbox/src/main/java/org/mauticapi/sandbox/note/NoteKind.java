package org.mauticapi.sandbox.note;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.contact.LeadReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Notes through Mautic's API ({@code /api/notes}, {@code NoteApiController} and
 * {@code NoteType}): text required, type one of general, email, call, meeting
 * ({@code general} when a new note names none, null when sent empty), a date that does
 * not parse is dropped, and the contact checked after the form.
 */
@Component
class NoteKind implements EntityKind<Note> {

	private static final List<String> TYPES = List.of("general", "email", "call", "meeting");

	private final NoteStore notes;

	private final NoteService json;

	private final ContactStore contacts;

	NoteKind(NoteStore notes, NoteService json, ContactStore contacts) {
		this.notes = notes;
		this.json = json;
		this.contacts = contacts;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/notes", "note", "notes");
	}

	@Override
	public Optional<Note> find(long id) {
		return this.notes.find(id);
	}

	@Override
	public List<Note> all() {
		return this.notes.all();
	}

	@Override
	public long id(Note note) {
		return note.id();
	}

	@Override
	public Note create(JsonNode payload) {
		String text = FormValues.text(payload, "text");
		String type = payload.has("type") ? FormValues.text(payload, "type") : "general";
		check(text, type);
		Contact contact = LeadReference.of(this.contacts, payload.get("lead"), true, "lead ID is mandatory");
		Note note = this.notes.create(contact.id(), text, type, dateTime(payload.get("dateTime")));
		note.leadBound = true;
		return note;
	}

	@Override
	public void edit(Note note, JsonNode payload, boolean replace) {
		String text = FormValues.binds(payload, "text", replace) ? FormValues.text(payload, "text") : note.text;
		String type = FormValues.binds(payload, "type", replace) ? FormValues.text(payload, "type") : note.type;
		check(text, type);
		Contact contact = LeadReference.of(this.contacts, payload.get("lead"), false, "lead ID is mandatory");
		note.text = text;
		note.type = type;
		if (FormValues.binds(payload, "dateTime", replace)) {
			note.dateTime = dateTime(payload.get("dateTime"));
		}
		if (contact != null) {
			note.contactId = contact.id();
			note.leadBound = true;
		}
	}

	@Override
	public void delete(Note note) {
		this.notes.delete(note);
	}

	/**
	 * A note has no list properties: {@code minimal} lists it as {@code {}} (100-fresh
	 * notes-params).
	 */
	@Override
	public ObjectNode minimal(Note note) {
		return JsonNodeFactory.instance.objectNode();
	}

	@Override
	public ObjectNode json(Note note, View view) {
		return this.json.json(note, (view == View.DELETED) ? null : note.id());
	}

	@Override
	public List<String> columns() {
		return List.of("id", "text", "type", "dateTime", "lead");
	}

	@Override
	public @Nullable Object column(Note note, String column) {
		return switch (column) {
			case "text" -> note.text;
			case "type" -> note.type;
			case "dateTime" -> note.dateTime;
			case "lead" -> note.contactId;
			default -> note.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		return List.of("text");
	}

	private static void check(@Nullable String text, @Nullable String type) {
		FormErrors errors = new FormErrors();
		if (text == null || text.isBlank()) {
			errors.add("text", "Note text cannot be empty");
		}
		if (type != null && !TYPES.contains(type)) {
			errors.add("type", "This value is not valid.");
		}
		errors.throwIfAny();
	}

	// The form's date field: "2026-01-02 10:11" or an ISO date; anything else is dropped,
	// not refused.
	private static @Nullable Instant dateTime(@Nullable JsonNode value) {
		String text = (value == null || value.isContainer()) ? "" : value.asString("").trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				String local = text.replace(' ', 'T');
				return LocalDateTime.parse(local.length() == 16 ? local + ":00" : local).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

}
