package org.mauticapi.sandbox.note;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A note on a contact (Mautic's {@code lead_notes} row). Mutable, touched only under the
 * state's lock.
 */
public final class Note {

	private final long id;

	long contactId;

	@Nullable String text;

	@Nullable String type;

	@Nullable Instant dateTime;

	private final Instant dateAdded;

	/**
	 * Whether the write being answered bound its contact ({@code lead}): Mautic then has
	 * the contact loaded, field values and all, and its answer shows them; otherwise the
	 * contact is a bare reference.
	 */
	boolean leadBound;

	Note(long id, long contactId, @Nullable String text, @Nullable String type, @Nullable Instant dateTime,
			Instant dateAdded) {
		this.id = id;
		this.contactId = contactId;
		this.text = text;
		this.type = type;
		this.dateTime = dateTime;
		this.dateAdded = dateAdded;
	}

	public long id() {
		return this.id;
	}

	public long contactId() {
		return this.contactId;
	}

	public @Nullable String text() {
		return this.text;
	}

	public @Nullable String type() {
		return this.type;
	}

	public @Nullable Instant dateTime() {
		return this.dateTime;
	}

	public Instant dateAdded() {
		return this.dateAdded;
	}

}
