package org.mauticapi.gateway.rest;

import java.util.Locale;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import org.mauticapi.gateway.upstream.UpstreamAnswer;
import org.mauticapi.gateway.upstream.UpstreamRequest;
import org.mauticapi.gateway.web.RequestIds;
import org.mauticapi.gateway.web.SelectedUpstream;

/**
 * Forwards a checked request to its upstream and gives back what Mautic answered: status, headers (but those that
 * belong to one connection) and the body bytes unchanged, so that the gateway is a drop-in for Mautic.
 */
@Component
public class RestForwarder {

	// What a caller says about the body and the answer it wants; the rest (Host, cookies, ...) stays at the gateway.
	private static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("content-type", "accept", "accept-language",
			"user-agent");

	// Connection-level headers are the gateway's own; Mautic's session cookies are for Mautic's domain, and the gateway
	// is stateless.
	private static final Set<String> DROPPED_ANSWER_HEADERS = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "content-length", "set-cookie");

	/**
	 * Forwards the exchange's request.
	 * @param operationId the contract's operation the request is an instance of
	 * @param exchange the exchange, checked by {@link ContractValidationFilter}
	 * @return the upstream's answer
	 */
	public Mono<ResponseEntity<DataBuffer>> forward(String operationId, ServerWebExchange exchange) {
		ValidatedRequest validated = ValidatedRequest.of(exchange);
		if (validated == null) {
			return Mono.error(new IllegalStateException("The request to " + operationId + " was not checked"));
		}
		ServerHttpRequest request = exchange.getRequest();
		String rawQuery = request.getURI().getRawQuery();
		String pathAndQuery = request.getPath().pathWithinApplication().value()
				+ ((rawQuery != null) ? "?" + rawQuery : "");
		HttpHeaders headers = forwardedHeaders(request.getHeaders());
		if (validated.contentType() != null) {
			headers.setContentType(validated.contentType());
		}
		UpstreamRequest call = new UpstreamRequest(operationId, upstreamMethod(request), pathAndQuery, headers,
				validated.body(),
				request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION), RequestIds.of(exchange));
		return SelectedUpstream.of(exchange)
			.call(call)
			.map((answer) -> ResponseEntity.status(answer.status())
				.headers(answerHeaders(answer))
				.body(exchange.getResponse().bufferFactory().wrap(answer.body())));
	}

	/**
	 * The method to call upstream: a HEAD is asked as a GET, whose body Spring then leaves out of the answer. Mautic's
	 * own answer to a HEAD has no body, which the gateway could not tell from a broken answer.
	 * @param request the caller's request
	 * @return the method
	 */
	static HttpMethod upstreamMethod(ServerHttpRequest request) {
		return HttpMethod.HEAD.equals(request.getMethod()) ? HttpMethod.GET : request.getMethod();
	}

	private static HttpHeaders forwardedHeaders(HttpHeaders headers) {
		HttpHeaders forwarded = new HttpHeaders();
		headers.forEach((name, values) -> {
			if (FORWARDED_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				forwarded.addAll(name, values);
			}
		});
		return forwarded;
	}

	private static HttpHeaders answerHeaders(UpstreamAnswer answer) {
		HttpHeaders kept = new HttpHeaders();
		answer.headers().forEach((name, values) -> {
			if (!DROPPED_ANSWER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				kept.addAll(name, values);
			}
		});
		return kept;
	}

}
