package org.mauticapi.gateway.rest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.contract.RouteMatch;
import org.mauticapi.gateway.auth.ApiKeys;
import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.drift.DriftSentinel;
import org.mauticapi.gateway.error.ErrorAnswers;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.upstream.Upstream;
import org.mauticapi.gateway.upstream.UpstreamRequest;
import org.mauticapi.gateway.upstream.UpstreamResponse;
import org.mauticapi.gateway.web.RequestIds;
import org.mauticapi.gateway.web.UpstreamSelector;

/**
 * The REST surface, {@code /api/...} and {@code /upstreams/{name}/api/...}: one handler,
 * built from the contract, and the one place that knows the order of a request's way
 * through the gateway.
 *
 * <ol>
 * <li>its id ({@code X-Request-Id}, echoed, sent upstream, logged);</li>
 * <li>its target: the path read as Mautic's router reads it, spellings it could read
 * otherwise refused;</li>
 * <li>its upstream ({@code /upstreams/{name}} or {@code X-Mautic-Upstream});</li>
 * <li>its caller: a gateway API key where the gateway holds the upstream's
 * credentials;</li>
 * <li>its route: the contract's operation, matched once;</li>
 * <li>its reading and check: query and body read as PHP and Mautic read them, checked
 * against the operation (or, for a route outside the contract, its SQL-bound list
 * parameters), and spelled out canonically;</li>
 * <li>forwarding that spelling, and Mautic's answer back as it came (watched by the drift
 * sentinel, off the way);</li>
 * <li>its metrics and access log line ({@link RestMetrics}).</li>
 * </ol>
 * It runs on Reactor Netty's own request and response, ahead of Spring's web stack, which
 * serves everything else.
 */
@Component
public class RestPipeline {

	// What a caller says about the body and the answer it wants; the rest (Host, cookies,
	// ...) stays at the gateway.
	private static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of("accept", "accept-language", "user-agent");

	// Connection-level headers are the gateway's own; Mautic's session cookies are for
	// Mautic's domain, and the gateway
	// is stateless.
	private static final Set<String> DROPPED_ANSWER_HEADERS = Set.of("connection", "keep-alive", "proxy-authenticate",
			"proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "content-length", "set-cookie",
			"x-request-id");

	private final UpstreamSelector upstreams;

	private final ApiKeys apiKeys;

	private final MauticApiContract contract;

	private final MauticRequestReader reader;

	private final UnroutedRequests unrouted;

	private final DriftSentinel drift;

	private final RequestBodies bodies;

	private final RestMetrics metrics;

	private final Set<String> forwardedPaths;

	RestPipeline(UpstreamSelector upstreams, ApiKeys apiKeys, MauticApiContract contract, MauticRequestReader reader,
			UnroutedRequests unrouted, DriftSentinel drift, RestMetrics metrics, GatewayProperties properties,
			RestProperties rest) {
		this.upstreams = upstreams;
		this.apiKeys = apiKeys;
		this.contract = contract;
		this.reader = reader;
		this.unrouted = unrouted;
		this.drift = drift;
		this.bodies = new RequestBodies(properties.maxBodySize().toBytes());
		this.metrics = metrics;
		this.forwardedPaths = Set.copyOf(rest.forwardedPaths());
	}

	/**
	 * Whether a request is the REST surface's.
	 * @param request the request
	 * @return whether its target is under {@code /api}, or one of Mautic's public pages
	 * API clients use
	 */
	boolean serves(HttpServerRequest request) {
		return RequestTarget.isRest(request.uri(), this.forwardedPaths);
	}

	/**
	 * Handles a REST request, start to end.
	 * @param in the request
	 * @param out the response
	 * @return completion
	 */
	Mono<Void> handle(HttpServerRequest in, HttpServerResponse out) {
		HttpHeaders headers = in.requestHeaders();
		RestExchange exchange = new RestExchange(RequestIds.issue(headers.get(RequestIds.HEADER)), in.method().name(),
				in.uri());
		out.header(RequestIds.HEADER, exchange.requestId());
		Mono<Void> answer;
		try {
			RequestTarget target = RequestTarget.parse(in.uri());
			Upstream upstream = this.upstreams.select(target.upstream(), headers.get(this.upstreams.header()));
			exchange.upstream(upstream.name());
			this.apiKeys.check(upstream, headers.get(ApiKeys.HEADER));
			// Mautic's answer to a HEAD has no body, which could not be told from a
			// broken answer: it is asked as a GET.
			String method = exchange.method().equals("HEAD") ? "GET" : exchange.method();
			Optional<RouteMatch> route = this.contract.route(method, target.path());
			exchange.routed(route.map((match) -> match.operation().operationId()).orElse(ForwardRequest.UNROUTED));
			String contentType = headers.get(HttpHeaderNames.CONTENT_TYPE);
			answer = this.bodies.read(in)
				.map((body) -> route.isPresent() ? this.reader.read(method, target, route.get(), body, contentType)
						: this.unrouted.read(target, body, contentType))
				.flatMap((forward) -> upstream.exchange(upstreamRequest(forward, method, headers, exchange.requestId()))
					.flatMap((response) -> send(out, response, exchange, forward)))
				.onErrorResume((error) -> sendError(out, error, exchange));
		}
		catch (RuntimeException error) {
			// Refused before its body was read: the body is dropped first, so that the
			// connection closes cleanly.
			answer = this.bodies.discard(in).then(Mono.defer(() -> sendError(out, error, exchange)));
		}
		return answer.doFinally((signal) -> this.metrics.record(exchange,
				(signal == SignalType.CANCEL) ? "aborted" : Integer.toString(out.status().code())));
	}

	private static UpstreamRequest upstreamRequest(ForwardRequest forward, String method, HttpHeaders headers,
			String requestId) {
		org.springframework.http.HttpHeaders forwarded = new org.springframework.http.HttpHeaders();
		headers.forEach((header) -> {
			if (FORWARDED_REQUEST_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
				forwarded.add(header.getKey(), header.getValue());
			}
		});
		if (forward.contentType() != null) {
			forwarded.set("Content-Type", forward.contentType());
		}
		return new UpstreamRequest(forward.operationId(), HttpMethod.valueOf(method), forward.pathAndQuery(), forwarded,
				forward.body(), headers.get(HttpHeaderNames.AUTHORIZATION), requestId, forward.jsonAnswer());
	}

	private Mono<Void> send(HttpServerResponse out, UpstreamResponse response, RestExchange exchange,
			ForwardRequest forward) {
		out.status(response.status());
		response.headers().forEach((name, values) -> {
			if (!DROPPED_ANSWER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				out.responseHeaders().add(name, values);
			}
		});
		out.responseHeaders().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
		this.drift.observe(forward.operationId(), response.status(), response.content());
		if (exchange.method().equals("HEAD")) {
			response.release();
			return out.send();
		}
		return out.send(Mono.fromSupplier(() -> response.content().retain()))
			.then()
			.doFinally((signal) -> response.release());
	}

	private static Mono<Void> sendError(HttpServerResponse out, Throwable error, RestExchange exchange) {
		if (out.hasSentHeaders()) {
			return Mono.error(error);
		}
		GatewayError answer = ErrorAnswers.of(error, exchange.requestId(), exchange.printablePath());
		out.status(HttpResponseStatus.valueOf(answer.status()));
		answer.headers().forEach((name, values) -> out.responseHeaders().add(name, values));
		out.responseHeaders()
			.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
			.setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
		return out.sendByteArray(Mono.just(answer.body())).then();
	}

}
