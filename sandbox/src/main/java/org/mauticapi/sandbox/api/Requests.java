package org.mauticapi.sandbox.api;

import java.util.List;
import java.util.Map;

import org.mauticapi.sandbox.error.MauticApiException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.core.codec.DecodingException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Small helpers the controllers share: the raw query, and request bodies read the way Mautic reads them.
 */
final class Requests {

	private Requests() {
	}

	/** The query parameters by raw name ({@code where[0][col]}), as Mautic's PHP receives them. */
	static Map<String, List<String>> query(ServerWebExchange exchange) {
		return exchange.getRequest().getQueryParams();
	}

	/** A body, or an empty object when there is none (Mautic treats both alike). */
	static Mono<JsonNode> body(Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode());
	}

	/**
	 * A batch body: a list. Valid JSON that is not a list makes Mautic's batch loop fail with its generic 500
	 * (recording 272); malformed JSON stays the kernel's 400.
	 */
	static Mono<JsonNode> batch(Mono<List<JsonNode>> body) {
		return body.map((items) -> (JsonNode) JsonNodeFactory.instance.arrayNode().addAll(items))
			.onErrorMap(Requests::isJsonOfAnotherShape, (ex) -> MauticApiException.serverError())
			.defaultIfEmpty(JsonNodeFactory.instance.nullNode());
	}

	private static boolean isJsonOfAnotherShape(Throwable failure) {
		return failure instanceof ServerWebInputException input && input.getCause() instanceof DecodingException decoding
				&& decoding.getCause() instanceof MismatchedInputException;
	}

}
