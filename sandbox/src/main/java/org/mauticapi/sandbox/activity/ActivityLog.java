package org.mauticapi.sandbox.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's in-memory timeline: every event of every contact, in the order they were
 * written. Thread-safe; readers get snapshots.
 */
public class ActivityLog {

	// By eventId, in writing order: replacing an event keeps its place, and a lookup does
	// not scan the log.
	private final Map<String, ActivityEvent> events = new LinkedHashMap<>();

	/**
	 * Writes an event; one with the same {@code eventId} is replaced in place (a DNC
	 * entry added again).
	 * @param event the event
	 */
	public synchronized void append(ActivityEvent event) {
		this.events.put(event.eventId(), event);
	}

	/**
	 * Removes one event, as Mautic deletes a UTM tag set or a DNC entry together with its
	 * timeline row.
	 * @param eventId e.g. {@code lead.utmtagsadded2}
	 * @return whether there was such an event
	 */
	public synchronized boolean remove(String eventId) {
		return this.events.remove(eventId) != null;
	}

	/**
	 * The events of one contact.
	 * @param contactId the contact
	 * @return a snapshot, in writing order
	 */
	public synchronized List<ActivityEvent> eventsOf(long contactId) {
		return this.events.values().stream().filter((event) -> event.contactId() == contactId).toList();
	}

	/**
	 * The events of all contacts.
	 * @return a snapshot, in writing order
	 */
	public synchronized List<ActivityEvent> allEvents() {
		return List.copyOf(this.events.values());
	}

	/**
	 * Forgets a deleted contact's events (Mautic's log rows go with the contact).
	 * @param contactId the contact
	 */
	public synchronized void removeContact(long contactId) {
		this.events.values().removeIf((event) -> event.contactId() == contactId);
	}

	/** Forgets everything. */
	public synchronized void reset() {
		this.events.clear();
	}

}
