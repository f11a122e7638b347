package org.mauticapi.sandbox.company;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/companies/new} and {@code POST /api/companies/{id}/contact/{contactId}/add} as Mautic's company
 * API answers them (recordings 014-016, 025-028); outside the documented Contacts API, so the sandbox needs them to
 * build the same data set.
 */
@RestController
public class CompanySetupController {

	private final CompanyService companies;

	public CompanySetupController(CompanyService companies) {
		this.companies = companies;
	}

	@PostMapping("/companies/new")
	public Mono<ResponseEntity<JsonNode>> create(@RequestBody(required = false) Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode()).map(this.companies::create);
	}

	@PostMapping("/companies/{id:\\d+}/contact/{contactId:\\d+}/add")
	public Mono<ResponseEntity<JsonNode>> addContact(@PathVariable long id, @PathVariable long contactId) {
		return Mono.fromSupplier(() -> this.companies.addContact(id, contactId));
	}

}
