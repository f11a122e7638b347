package org.mauticapi.gateway.graphql.transport;

import java.net.URI;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.mauticapi.gateway.web.RequestIds;

/**
 * Serves GraphQL over HTTP: reads the request ({@link GraphQlRequestReader}), runs it
 * through Spring for GraphQL's {@link WebGraphQlHandler} (its interceptors and
 * graphql-java) on a worker thread, so that parsing and validating a large document never
 * holds an event loop, and writes the answer. What the transport refuses, and a mutation
 * sent with GET, is answered with a GraphQL error and a status that says so; a client's
 * mistake is never a 500.
 */
final class GraphQlHttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlHttpHandler.class);

	/**
	 * The GraphQL context key that marks a request sent with GET, whose mutations are
	 * refused.
	 */
	static final String SENT_WITH_GET = GraphQlHttpHandler.class.getName() + ".get";

	private static final List<MediaType> ANSWER_TYPES = List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler graphQl;

	private final GraphQlRequestReader reader;

	private final Scheduler workers;

	private final boolean getAllowed;

	GraphQlHttpHandler(WebGraphQlHandler graphQl, GraphQlRequestReader reader, Scheduler workers, boolean getAllowed) {
		this.graphQl = graphQl;
		this.reader = reader;
		this.workers = workers;
		this.getAllowed = getAllowed;
	}

	Mono<ServerResponse> post(ServerRequest request) {
		return Mono.defer(() -> this.reader.post(request))
			.flatMap((body) -> execute(request, body, false))
			.onErrorResume(TransportException.class, (ex) -> refused(request, ex));
	}

	Mono<ServerResponse> get(ServerRequest request) {
		if (!this.getAllowed) {
			return refused(request, new TransportException(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
					"GraphQL over GET is switched off here (mautic.graphql.http.get); send a POST."));
		}
		return Mono.fromSupplier(() -> this.reader.get(request))
			.flatMap((body) -> execute(request, body, true))
			.onErrorResume(TransportException.class, (ex) -> refused(request, ex));
	}

	private Mono<ServerResponse> execute(ServerRequest request, GraphQlHttpRequest body, boolean sentWithGet) {
		// Without its query: Spring GraphQL re-verifies the URI strictly, and a query
		// with a raw '[' (any PHP-style
		// parameter) would fail that check; GraphQL reads its parameters from the body or
		// the reader above.
		URI uri = request.uri();
		URI withoutQuery = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(withoutQuery, request.headers().asHttpHeaders(),
				request.cookies(), request.remoteAddress().orElse(null), request.attributes(), body.toMap(),
				request.exchange().getRequest().getId(), request.exchange().getLocaleContext().getLocale());
		if (sentWithGet) {
			graphQlRequest.configureExecutionInput((input, builder) -> builder
				.graphQLContext((GraphQLContext.Builder context) -> context.of(SENT_WITH_GET, true))
				.build());
		}
		return Mono.defer(() -> this.graphQl.handleRequest(graphQlRequest))
			.subscribeOn(this.workers)
			.doOnCancel(() -> logger.info("GraphQL request [{}] cancelled: the client went away before the answer",
					RequestIds.in(request.attributes())))
			.flatMap((response) -> answer(request, response));
	}

	private static Mono<ServerResponse> answer(ServerRequest request, WebGraphQlResponse response) {
		MediaType type = answerType(request);
		HttpStatus status = status(response, type);
		ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(type);
		builder.headers((headers) -> headers.putAll(response.getResponseHeaders()));
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.allow(HttpMethod.POST);
		}
		return builder.bodyValue(JsonMapper.shared().writeValueAsBytes(response.toMap()));
	}

	// GraphQL over HTTP: 200 for an answer to a well-formed request under
	// application/json; with
	// application/graphql-response+json, 400 when the request did not get as far as
	// execution. A mutation over GET
	// is 405, and an operation name the document does not hold is 400 whatever the type:
	// the request names nothing
	// to run.
	private static HttpStatus status(WebGraphQlResponse response, MediaType type) {
		List<ResponseError> errors = response.getErrors();
		if (errors.stream().anyMatch((error) -> "METHOD_NOT_ALLOWED".equals(error.getExtensions().get("code")))) {
			return HttpStatus.METHOD_NOT_ALLOWED;
		}
		if (response.getExecutionResult().isDataPresent() || errors.isEmpty()) {
			return HttpStatus.OK;
		}
		if (errors.stream().anyMatch((error) -> "OPERATION_NOT_FOUND".equals(error.getExtensions().get("code")))
				|| MediaType.APPLICATION_GRAPHQL_RESPONSE.equals(type)) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.OK;
	}

	private static Mono<ServerResponse> refused(ServerRequest request, TransportException refusal) {
		Map<String, Object> error = Map.of("message", refusal.getMessage(), "extensions",
				Map.of("code", refusal.code()));
		ServerResponse.BodyBuilder builder = ServerResponse.status(refusal.status()).contentType(answerType(request));
		if (refusal.status() == HttpStatus.METHOD_NOT_ALLOWED) {
			builder.allow(HttpMethod.POST);
		}
		return builder.bodyValue(JsonMapper.shared().writeValueAsBytes(Map.of("errors", List.of(error))));
	}

	// The first type the client accepts of those GraphQL over HTTP defines;
	// application/json by default.
	private static MediaType answerType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = new java.util.ArrayList<>(request.headers().accept());
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_JSON;
		}
		MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType type : accepted) {
			for (MediaType answerType : ANSWER_TYPES) {
				if (type.equalsTypeAndSubtype(answerType)) {
					return answerType;
				}
			}
		}
		return MediaType.APPLICATION_JSON;
	}

}
