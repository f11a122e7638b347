package org.mauticapi.sandbox.utm;

import java.time.Instant;
import java.util.List;

import org.mauticapi.sandbox.activity.ActivityEventTypes;
import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.UtmTagsAdded;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactJson;
import org.mauticapi.sandbox.contact.ContactChanges;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * UTM tag sets of contacts: add (with the device its user agent implies) and remove, as
 * Mautic records them, each with its timeline event.
 */
@Service
public class UtmService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final ContactStore contacts;

	private final ContactJson json;

	private final ActivityLog activity;

	private final List<UtmDeviceSink> devices;

	private final ContactChanges changes;

	public UtmService(SandboxState state, ContactStore contacts, ContactJson json, ActivityLog activity,
			List<UtmDeviceSink> devices, ContactChanges changes) {
		this.state = state;
		this.contacts = contacts;
		this.json = json;
		this.activity = activity;
		this.devices = devices;
		this.changes = changes;
	}

	/**
	 * Records a tag set; its date is {@code lastActive} when sent (which also becomes the
	 * contact's last activity), else now.
	 * @param id the contact
	 * @param body the tag set
	 * @return {@code {"contact": flat}}
	 */
	public ResponseEntity<JsonNode> add(long id, JsonNode body) {
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			Instant lastActiveBefore = contact.lastActive();
			UtmTagRequest request = UtmTagRequest.read(body);
			Instant dateAdded = (request.lastActive() != null) ? request.lastActive() : this.state.now();
			if (request.userAgent() != null) {
				this.devices.forEach((sink) -> sink.userAgentSeen(contact.id(), request.userAgent(), dateAdded));
			}
			Contact.UtmTag tag = request.toTag(this.state.nextId("lead_utmtags"), dateAdded);
			contact.addUtmTag(tag);
			if (request.lastActive() != null) {
				contact.lastActive(request.lastActive());
			}
			this.activity.append(ActivityEvents
				.utmTagsAdded(new UtmTagsAdded(tag.id(), contact.id(), dateAdded, request.columns())));
			if (request.changesContact()) {
				this.changes.saved(contact);
			}
			ObjectNode answer = JSON.objectNode();
			answer.set("contact", this.json.flat(contact, lastActiveBefore));
			return ResponseEntity.ok(answer);
		});
	}

	/**
	 * Removes one of the contact's tag sets with its timeline event; an unknown id, or
	 * another contact's, is Mautic's 400 (recordings 058 to 060).
	 * @param id the contact
	 * @param utmId the tag set
	 * @return {@code {"recordFound": true, "contact": flat}}
	 */
	public ResponseEntity<JsonNode> remove(long id, long utmId) {
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			Contact.UtmTag removed = contact.removeUtmTag(utmId).orElseThrow(MauticApiException::badRequest);
			this.activity.remove(ActivityEventTypes.UTM_TAGS_ADDED + removed.id());
			this.changes.saved(contact);
			ObjectNode answer = JSON.objectNode().put("recordFound", true);
			answer.set("contact", this.json.flat(contact));
			return ResponseEntity.ok(answer);
		});
	}

}
