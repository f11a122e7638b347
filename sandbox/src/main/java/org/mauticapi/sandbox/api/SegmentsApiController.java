package org.mauticapi.sandbox.api;

import java.util.List;

import org.mauticapi.sandbox.segment.SegmentService;
import org.mauticapi.spec.server.api.SegmentsApi;
import org.mauticapi.spec.server.model.WhereClause;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The 10 segment operations of the contract.
 */
@RestController
public class SegmentsApiController implements SegmentsApi {

	private final SegmentService segments;

	public SegmentsApiController(SegmentService segments) {
		this.segments = segments;
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> getSegment(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.segments.get(id));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listSegments(String search, Integer start, Integer limit, String orderBy,
			String orderByDir, Boolean published, Boolean publishedOnly, Boolean minimal, List<WhereClause> where,
			ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.segments.list(Requests.query(exchange)));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> createSegment(Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map(this.segments::create);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> replaceSegment(Long id, Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.segments.replace(id, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> editSegment(Long id, Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.segments.edit(id, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> deleteSegment(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.segments.delete(id));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> addContactToSegment(Long id, Long contactId, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.segments.addContact(id, contactId));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> addContactsToSegment(Long id, Mono<JsonNode> body,
			ServerWebExchange exchange) {
		return body.map((payload) -> this.segments.addContacts(id, payload))
			.switchIfEmpty(Mono.fromSupplier(() -> this.segments.addContacts(id, null)));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> removeContactFromSegment(Long id, Long contactId,
			ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.segments.removeContact(id, contactId));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listUserSegments(ServerWebExchange exchange) {
		return Mono.fromSupplier(this.segments::userSegments);
	}

}
