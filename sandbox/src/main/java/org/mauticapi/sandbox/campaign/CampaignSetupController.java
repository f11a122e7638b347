package org.mauticapi.sandbox.campaign;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/campaigns/new} and {@code POST /api/campaigns/{id}/contact/{contactId}/add} as Mautic's campaign
 * API answers them (recordings 048-050); outside the documented Contacts API, so the sandbox needs them to build
 * the same data set.
 */
@RestController
public class CampaignSetupController {

	private final CampaignService campaigns;

	public CampaignSetupController(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping("/campaigns/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode()).map(this.campaigns::create);
	}

	@PostMapping("/campaigns/{id:\\d+}/contact/{contactId:\\d+}/add")
	public Mono<ResponseEntity<JsonNode>> addContact(@PathVariable long id, @PathVariable long contactId) {
		return Mono.fromSupplier(() -> this.campaigns.addContact(id, contactId));
	}

}
