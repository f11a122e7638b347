package org.mauticapi.sandbox.note;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;
import org.mauticapi.sandbox.state.SandboxState;

import org.springframework.stereotype.Component;

/**
 * The notes of all contacts, in creation order; a deleted contact's notes go with it.
 * Call under the state's lock.
 */
@Component
public class NoteStore implements ContactLifecycle {

	private final SandboxState state;

	private final List<Note> notes = new ArrayList<>();

	public NoteStore(SandboxState state) {
		this.state = state;
	}

	/** Writes a note with the next id; call under the write lock. */
	public Note create(long contactId, @Nullable String text, @Nullable String type, @Nullable Instant dateTime) {
		Note note = new Note(this.state.nextId("lead_notes"), contactId, text, type, dateTime, this.state.now());
		this.notes.add(note);
		return note;
	}

	public Optional<Note> find(long id) {
		return this.notes.stream().filter((note) -> note.id() == id).findFirst();
	}

	public List<Note> all() {
		return List.copyOf(this.notes);
	}

	public void delete(Note note) {
		this.notes.remove(note);
	}

	public List<Note> notesOf(long contactId) {
		return this.notes.stream().filter((note) -> note.contactId() == contactId).toList();
	}

	@Override
	public void deleted(Contact contact) {
		this.notes.removeIf((note) -> note.contactId() == contact.id());
	}

}
