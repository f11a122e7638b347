package org.mauticapi.sandbox.campaign;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/campaigns/{id}/contact/{contactId}/add} and {@code .../remove} as
 * Mautic's campaign API answers them (recordings 049, 050); the campaigns themselves are
 * served by {@link CampaignKind}.
 */
@RestController
public class CampaignContactsController {

	private final CampaignService campaigns;

	public CampaignContactsController(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping("/campaigns/{id:\\d+}/contact/{contactId:\\d+}/add")
	public Mono<ResponseEntity<JsonNode>> addContact(@PathVariable long id, @PathVariable long contactId) {
		return Mono.fromSupplier(() -> this.campaigns.addContact(id, contactId));
	}

	@PostMapping("/campaigns/{id:\\d+}/contact/{contactId:\\d+}/remove")
	public Mono<ResponseEntity<JsonNode>> removeContact(@PathVariable long id, @PathVariable long contactId) {
		return Mono.fromSupplier(() -> this.campaigns.removeContact(id, contactId));
	}

}
