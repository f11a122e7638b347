package org.mauticapi.sandbox.note;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A note on a contact (Mautic's {@code lead_notes} row).
 * @param id the id
 * @param contactId the contact
 * @param text the text, HTML as sent
 * @param type {@code general}, {@code email}, {@code call}, {@code meeting}, ...
 * @param dateTime when the noted event happened, if given
 * @param dateAdded when the note was written
 */
public record Note(long id, long contactId, String text, String type, @Nullable Instant dateTime, Instant dateAdded) {
}
