package org.mauticapi.gateway.rest;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import org.mauticapi.spec.proxy.api.ContactsApi;
import org.mauticapi.spec.server.model.OrderClause;
import org.mauticapi.spec.server.model.WhereClause;

/**
 * The Contacts operations of the contract, on the interfaces generated from the spec (routes, methods, parameters),
 * each forwarded as it came; the parameters were checked against the contract before routing, by
 * {@link ContractValidationFilter}.
 */
@RestController
public class ContactsProxyController implements ContactsApi {

	private final RestForwarder forwarder;

	public ContactsProxyController(RestForwarder forwarder) {
		this.forwarder = forwarder;
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> addContactDoNotContact(Long id, String channel, Mono<DataBuffer> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("addContactDoNotContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> addContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("addContactPointGroupScore", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> addContactPoints(Long id, Integer points, Mono<DataBuffer> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("addContactPoints", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> addContactUtmTags(Long id, Mono<DataBuffer> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("addContactUtmTags", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> createContact(Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("createContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> createContactsBatch(Mono<List<DataBuffer>> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("createContactsBatch", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> deleteContact(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("deleteContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> deleteContactsBatch(String ids, ServerWebExchange exchange) {
		return this.forwarder.forward("deleteContactsBatch", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> divideContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("divideContactPointGroupScore", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> editContact(Long id, Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("editContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> editContactsBatch(Mono<List<DataBuffer>> body, ServerWebExchange exchange) {
		return this.forwarder.forward("editContactsBatch", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> getContact(Long id, List<String> select, ServerWebExchange exchange) {
		return this.forwarder.forward("getContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> getContactEvents(Long id, String filtersSearch,
			List<String> filtersIncludeEvents, List<String> filtersExcludeEvents, String filtersDateFrom,
			String filtersDateTo, String order0, String order1, Integer page, ServerWebExchange exchange) {
		return this.forwarder.forward("getContactEvents", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> getContactPointGroupScore(Long id, Long groupId,
			ServerWebExchange exchange) {
		return this.forwarder.forward("getContactPointGroupScore", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listActivity(String filtersSearch, List<String> filtersIncludeEvents,
			List<String> filtersExcludeEvents, String filtersDateFrom, String filtersDateTo, String order0,
			String order1, Integer page, Integer limit, ServerWebExchange exchange) {
		return this.forwarder.forward("listActivity", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactActivity(Long id, String filtersSearch,
			List<String> filtersIncludeEvents, List<String> filtersExcludeEvents, String filtersDateFrom,
			String filtersDateTo, String order0, String order1, Integer page, Integer limit,
			ServerWebExchange exchange) {
		return this.forwarder.forward("listContactActivity", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactCampaigns(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("listContactCampaigns", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactCompanies(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("listContactCompanies", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactDevices(Long id, String search, Integer start, Integer limit,
			String orderBy, String orderByDir, ServerWebExchange exchange) {
		return this.forwarder.forward("listContactDevices", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactFields(ServerWebExchange exchange) {
		return this.forwarder.forward("listContactFields", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactNotes(Long id, String search, Integer start, Integer limit,
			String orderBy, String orderByDir, ServerWebExchange exchange) {
		return this.forwarder.forward("listContactNotes", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactOwners(String filter, Integer limit, Integer start,
			ServerWebExchange exchange) {
		return this.forwarder.forward("listContactOwners", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactPointGroupScores(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("listContactPointGroupScores", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContactSegments(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("listContactSegments", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listContacts(String search, Integer start, Integer limit, String orderBy,
			String orderByDir, Boolean published, Boolean publishedOnly, Boolean minimal, List<WhereClause> where,
			List<OrderClause> order, List<String> select, ServerWebExchange exchange) {
		return this.forwarder.forward("listContacts", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> multiplyContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("multiplyContactPointGroupScore", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> removeContactDoNotContact(Long id, String channel,
			ServerWebExchange exchange) {
		return this.forwarder.forward("removeContactDoNotContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> removeContactUtmTag(Long id, Long utmId, ServerWebExchange exchange) {
		return this.forwarder.forward("removeContactUtmTag", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> replaceContact(Long id, Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("replaceContact", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> replaceContactsBatch(Mono<List<DataBuffer>> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("replaceContactsBatch", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> setContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("setContactPointGroupScore", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> subtractContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("subtractContactPointGroupScore", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> subtractContactPoints(Long id, Integer points, Mono<DataBuffer> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("subtractContactPoints", exchange);
	}

}
