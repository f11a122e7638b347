package org.mauticapi.sandbox.activity;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The activity timeline per contact and for all contacts: the log's events paged by the
 * page builder; a request Mautic does not survive is its generic 500.
 */
@Service
public class ActivityService {

	private final SandboxState state;

	private final ContactStore contacts;

	private final ActivityLog log;

	private final ActivityPageBuilder pages;

	public ActivityService(SandboxState state, ContactStore contacts, ActivityLog log, ActivityPageBuilder pages) {
		this.state = state;
		this.contacts = contacts;
		this.log = log;
		this.pages = pages;
	}

	/** {@code GET /contacts/{id}/activity}; 404 for a missing contact. */
	public ResponseEntity<JsonNode> forContact(long id, Map<String, List<String>> query) {
		return this.state.read(() -> {
			this.contacts.get(id);
			return page(() -> this.log.eventsOf(id), query);
		});
	}

	/** {@code GET /contacts/activity}. */
	public ResponseEntity<JsonNode> forAll(Map<String, List<String>> query) {
		return this.state.read(() -> page(this.log::allEvents, query));
	}

	private ResponseEntity<JsonNode> page(Supplier<List<ActivityEvent>> events, Map<String, List<String>> query) {
		try {
			return ResponseEntity.ok(this.pages.build(events.get(), query));
		}
		catch (MauticActivityException ex) {
			throw MauticApiException.serverError();
		}
	}

}
