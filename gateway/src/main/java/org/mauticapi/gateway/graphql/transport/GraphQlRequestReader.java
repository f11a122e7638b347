package org.mauticapi.gateway.graphql.transport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Reads a GraphQL request from HTTP as GraphQL over HTTP describes it: a JSON object in a
 * POST body (or the document itself with {@code application/graphql}), or {@code query},
 * {@code operationName}, {@code variables} and {@code extensions} parameters of a GET,
 * the last two JSON-encoded. A body over the size limit is refused as soon as the limit
 * is passed, before it is all read.
 */
final class GraphQlRequestReader {

	private static final MediaType APPLICATION_GRAPHQL = MediaType.parseMediaType("application/graphql");

	private final int maxBytes;

	GraphQlRequestReader(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	Mono<GraphQlHttpRequest> post(ServerRequest request) {
		MediaType contentType = contentType(request);
		long declared = request.headers().contentLength().orElse(-1);
		if (declared > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), this.maxBytes)
			.map(GraphQlRequestReader::bytes)
			.defaultIfEmpty(new byte[0])
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge())
			.map((body) -> APPLICATION_GRAPHQL.includes(contentType)
					? new GraphQlHttpRequest(new String(body, StandardCharsets.UTF_8), null, null, null) : json(body));
	}

	GraphQlHttpRequest get(ServerRequest request) {
		MultiValueMap<String, String> parameters = request.queryParams();
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("query", parameters.getFirst("query"));
		members.put("operationName", parameters.getFirst("operationName"));
		members.put("variables", jsonParameter(parameters.getFirst("variables"), "variables"));
		members.put("extensions", jsonParameter(parameters.getFirst("extensions"), "extensions"));
		return GraphQlHttpRequest.of(members);
	}

	private static MediaType contentType(ServerRequest request) {
		try {
			MediaType type = request.headers().contentType().orElse(null);
			if (type != null && (MediaType.APPLICATION_JSON.includes(type) || APPLICATION_GRAPHQL.includes(type))) {
				return type;
			}
			throw new TransportException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"Send the request as application/json (or the document alone as application/graphql), not "
							+ ((type != null) ? type : "without a Content-Type") + ".");
		}
		catch (InvalidMediaTypeException ex) {
			throw new TransportException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"The Content-Type is not a media type; send application/json.");
		}
	}

	private static GraphQlHttpRequest json(byte[] body) {
		Object parsed = parse(body, "The body");
		if (parsed instanceof Map<?, ?> members) {
			return GraphQlHttpRequest.of(members);
		}
		if (parsed instanceof java.util.List<?>) {
			throw new TransportException(HttpStatus.BAD_REQUEST, "BATCH_NOT_SUPPORTED",
					"Batched requests (a JSON array) are not supported: send one operation per request, or several "
							+ "fields in one operation.");
		}
		throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"The body must be a JSON object with `query` (and optionally `variables`, `operationName`, "
						+ "`extensions`).");
	}

	private static @Nullable Object jsonParameter(@Nullable String value, String name) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return parse(value.getBytes(StandardCharsets.UTF_8), "The parameter `" + name + "`");
	}

	private static Object parse(byte[] json, String what) {
		if (json.length == 0) {
			throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
					what + " is empty; send a JSON object.");
		}
		try {
			return JsonMapper.shared().readValue(json, Object.class);
		}
		catch (JacksonException ex) {
			throw new TransportException(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
					what + " is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private TransportException tooLarge() {
		return new TransportException(HttpStatus.PAYLOAD_TOO_LARGE, "REQUEST_TOO_LARGE", "The request body is larger "
				+ "than the " + this.maxBytes + " bytes this gateway reads (mautic.graphql.http.max-request-size).");
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

}
