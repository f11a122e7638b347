package org.mauticapi.gateway.rest;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import org.mauticapi.spec.proxy.api.SegmentsApi;
import org.mauticapi.spec.server.model.WhereClause;

/**
 * The Segments operations of the contract, on the interfaces generated from the spec (routes, methods, parameters),
 * each forwarded as it came; the parameters were checked against the contract before routing, by
 * {@link ContractValidationFilter}.
 */
@RestController
public class SegmentsProxyController implements SegmentsApi {

	private final RestForwarder forwarder;

	public SegmentsProxyController(RestForwarder forwarder) {
		this.forwarder = forwarder;
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> addContactToSegment(Long id, Long contactId, ServerWebExchange exchange) {
		return this.forwarder.forward("addContactToSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> addContactsToSegment(Long id, Mono<DataBuffer> body,
			ServerWebExchange exchange) {
		return this.forwarder.forward("addContactsToSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> createSegment(Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("createSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> deleteSegment(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("deleteSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> editSegment(Long id, Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("editSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> getSegment(Long id, ServerWebExchange exchange) {
		return this.forwarder.forward("getSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listSegments(String search, Integer start, Integer limit, String orderBy,
			String orderByDir, Boolean published, Boolean publishedOnly, Boolean minimal, List<WhereClause> where,
			ServerWebExchange exchange) {
		return this.forwarder.forward("listSegments", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> listUserSegments(ServerWebExchange exchange) {
		return this.forwarder.forward("listUserSegments", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> removeContactFromSegment(Long id, Long contactId,
			ServerWebExchange exchange) {
		return this.forwarder.forward("removeContactFromSegment", exchange);
	}

	@Override
	public Mono<ResponseEntity<DataBuffer>> replaceSegment(Long id, Mono<DataBuffer> body, ServerWebExchange exchange) {
		return this.forwarder.forward("replaceSegment", exchange);
	}

}
