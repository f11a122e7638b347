package org.mauticapi.sandbox.activity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of the timeline: the JSON Mautic serialises for the API ({@link #body()})
 * plus what its per-type queries filter and sort by. Build it with
 * {@link ActivityEvents}; treat the body as read-only.
 *
 * @param type the event type key, e.g. {@code point.gained}
 * @param id the row id within its source table (the number in {@code eventId})
 * @param contactId the contact the event belongs to
 * @param timestamp when it happened, to the second
 * @param nameColumn the column Mautic's query sorts by for {@code order[0]=eventLabel}
 * @param searchColumns the columns {@code filters[search]} is matched against (SQL
 * {@code LIKE}, case-insensitive)
 * @param renderable false when Mautic fails to render the event (a DNC reason it has no
 * text for): a page showing it answers 500
 * @param body the event as the API sends it
 */
public record ActivityEvent(String type, long id, long contactId, Instant timestamp, String nameColumn,
		List<String> searchColumns, boolean renderable, ObjectNode body) {

	public ActivityEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(nameColumn, "nameColumn");
		searchColumns = List.copyOf(searchColumns);
		Objects.requireNonNull(body, "body");
	}

	/**
	 * The API's {@code eventId}: the type key followed by the row id, e.g.
	 * {@code point.gained18}.
	 */
	public String eventId() {
		return this.type + this.id;
	}

}
