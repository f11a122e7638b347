package org.mauticapi.sandbox.company;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/companies/{id}/contact/{contactId}/add} and {@code .../remove} as
 * Mautic's company API answers them (recordings 025-028); the companies themselves are
 * served by {@link CompanyKind}.
 */
@RestController
public class CompanyContactsController {

	private final CompanyService companies;

	public CompanyContactsController(CompanyService companies) {
		this.companies = companies;
	}

	@PostMapping("/companies/{id:\\d+}/contact/{contactId:\\d+}/add")
	public Mono<ResponseEntity<JsonNode>> addContact(@PathVariable long id, @PathVariable long contactId) {
		return Mono.fromSupplier(() -> this.companies.addContact(id, contactId));
	}

	@PostMapping("/companies/{id:\\d+}/contact/{contactId:\\d+}/remove")
	public Mono<ResponseEntity<JsonNode>> removeContact(@PathVariable long id, @PathVariable long contactId) {
		return Mono.fromSupplier(() -> this.companies.removeContact(id, contactId));
	}

}
