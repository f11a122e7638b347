package org.mauticapi.sandbox.dnc;

import java.time.Instant;
import java.util.Optional;

import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactJson;
import org.mauticapi.sandbox.contact.ContactChanges;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Do-not-contact entries of contacts: add with a reason, remove, and what Mautic answers
 * (the flattened contact). The timeline follows through {@link DoNotContactTimeline},
 * which hears of every saved change.
 */
@Service
public class DoNotContactService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** Mautic's {@code DoNotContact::UNSUBSCRIBED}. */
	private static final int UNSUBSCRIBED = 1;

	private final SandboxState state;

	private final ContactStore contacts;

	private final ContactJson json;

	private final ContactChanges changes;

	public DoNotContactService(SandboxState state, ContactStore contacts, ContactJson json, ContactChanges changes) {
		this.state = state;
		this.contacts = contacts;
		this.json = json;
		this.changes = changes;
	}

	/**
	 * Adds an entry on a channel (any name is accepted, recording 071). A channel that
	 * already has an entry keeps it unchanged: Mautic 5.1.0's
	 * {@code DoNotContact::addDncForContact} tries to update it but the change is lost
	 * (recording 068 answers the old reason, and the timeline in 074 and 341 still shows
	 * it); the contact is saved all the same when the reason differs.
	 * @param id the contact
	 * @param channel the channel
	 * @param body the optional body: {@code reason}, {@code comments}, {@code channelId}
	 * @return {@code {"contact": flat}}
	 */
	public ResponseEntity<JsonNode> add(long id, String channel, JsonNode body) {
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			DncRequest request = DncRequest.read(body);
			Optional<Contact.DoNotContact> existing = contact.doNotContact()
				.stream()
				.filter((entry) -> entry.channel().equals(channel))
				.findFirst();
			if (existing.isEmpty()) {
				Instant now = this.state.now();
				Contact.DoNotContact entry = new Contact.DoNotContact(this.state.nextId("lead_donotcontact"),
						request.reason(), request.comments(), channel, request.channelId(), now);
				contact.addDoNotContact(entry);
				this.changes.saved(contact);
			}
			else if (existing.get().reason() != request.reason()) {
				// DoNotContact::addDncForContact takes the entry out of the contact (a
				// tracked change, so a new
				// dateModified) and updates a copy that is never written: the reason
				// stays. It skips an entry the
				// contact unsubscribed itself, and every entry when a channelId makes the
				// channel an array; the
				// contact is then saved unchanged, which records only the user (probes of
				// Mautic 5.1.0, 98-fresh
				// consent-records).
				boolean taken = request.channelId() == null && existing.get().reason() != UNSUBSCRIBED;
				if (taken) {
					this.changes.saved(contact);
				}
				else {
					this.changes.savedUnchanged(contact);
				}
			}
			ObjectNode answer = JSON.objectNode();
			answer.set("contact", this.json.flat(contact));
			return ResponseEntity.ok(answer);
		});
	}

	/**
	 * Removes the entry of a channel (and so its timeline event); 200 whether there was
	 * one or not.
	 * @param id the contact
	 * @param channel the channel
	 * @return {@code {"recordFound": true|false, "contact": flat}}
	 */
	public ResponseEntity<JsonNode> remove(long id, String channel) {
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			Optional<Contact.DoNotContact> removed = contact.removeDoNotContact(channel);
			if (removed.isPresent()) {
				this.changes.saved(contact);
			}
			ObjectNode answer = JSON.objectNode().put("recordFound", removed.isPresent());
			answer.set("contact", this.json.flat(contact));
			return ResponseEntity.ok(answer);
		});
	}

}
