package org.mauticapi.sandbox.stage;

import java.net.URI;

import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactChanges;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/stages/{id}/contact/{contactId}/add} and {@code .../remove}, as
 * {@code StageApiController} answers them: {@code {"success": 1}}; 404 for a stage that
 * does not exist (published or not), 404 "Contact not found." for a contact.
 * {@code LeadModel::addToStages} puts the contact in the stage and
 * {@code removeFromStages} takes it out of any (whichever stage is named); both write a
 * stage change log entry, which the timeline shows as {@code stage.changed}, and save the
 * contact (99-fresh stage-moves).
 */
@RestController
class StageContactsController {

	private static final String ADDED = "Manually Added";

	private static final String REMOVED = "Manually Removed";

	private final SandboxState state;

	private final StageKind stages;

	private final ContactStore contacts;

	private final ContactChanges changes;

	private final ActivityLog activity;

	StageContactsController(SandboxState state, StageKind stages, ContactStore contacts, ContactChanges changes,
			ActivityLog activity) {
		this.state = state;
		this.stages = stages;
		this.contacts = contacts;
		this.changes = changes;
		this.activity = activity;
	}

	@PostMapping("/stages/{id:\\d+}/contact/{contactId:\\d+}/add")
	Mono<ResponseEntity<JsonNode>> addContact(@PathVariable long id, @PathVariable long contactId,
			ServerHttpRequest request) {
		return Mono.fromSupplier(() -> move(id, contactId, true, request.getURI()));
	}

	@PostMapping("/stages/{id:\\d+}/contact/{contactId:\\d+}/remove")
	Mono<ResponseEntity<JsonNode>> removeContact(@PathVariable long id, @PathVariable long contactId,
			ServerHttpRequest request) {
		return Mono.fromSupplier(() -> move(id, contactId, false, request.getURI()));
	}

	private ResponseEntity<JsonNode> move(long id, long contactId, boolean add, URI uri) {
		return this.state.write(() -> {
			Stage stage = this.stages.find(id).orElseThrow(MauticApiException::notFound);
			Contact contact = this.contacts.find(contactId)
				.orElseThrow(() -> MauticApiException.notFound("Contact not found."));
			if (contact.moveToStage(add ? stage.id() : null)) {
				this.changes.saved(contact);
			}
			else {
				this.changes.savedUnchanged(contact);
			}
			String stageUrl = uri.getScheme() + "://" + uri.getAuthority() + "/s/stages/edit/" + stage.id();
			this.activity.append(ActivityEvents.stageChanged(this.state.nextId("lead_stages_change_log"), contact.id(),
					stage.id(), stage.id() + ": " + stage.name, add ? ADDED : REMOVED, stageUrl, this.state.now()));
			return ResponseEntity.ok(JsonNodeFactory.instance.objectNode().put("success", 1));
		});
	}

}
