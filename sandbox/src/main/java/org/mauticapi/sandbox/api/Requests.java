package org.mauticapi.sandbox.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpQueryWriter;
import org.mauticapi.sandbox.error.MauticApiException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.core.codec.DecodingException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Small helpers the controllers share: the raw query, and request bodies read the way
 * Mautic reads them.
 */
final class Requests {

	private Requests() {
	}

	private static final PhpInputReader PHP = new PhpInputReader(PhpInputLimits.DEFAULTS);

	/**
	 * The query parameters as Mautic's PHP reads them, each name once in PHP's spelling
	 * ({@code select[0]}), in PHP's order: the raw query string read with PHP's rules,
	 * not Spring's.
	 */
	static Map<String, List<String>> query(ServerWebExchange exchange) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		PhpQueryWriter.pairs(PHP.readQuery(exchange.getRequest().getURI().getRawQuery()).values())
			.forEach((pair) -> query.put(pair.getKey(), List.of(pair.getValue())));
		return query;
	}

	/**
	 * A list parameter as PHP reads it ({@code select[]=a&select[]=b}, or
	 * {@code select=a}).
	 * @param exchange the request
	 * @param name the parameter
	 * @return its values, in order; empty when absent
	 */
	static List<String> list(ServerWebExchange exchange, String name) {
		Object value = PHP.readQuery(exchange.getRequest().getURI().getRawQuery()).values().get(name);
		if (value instanceof PhpArray array) {
			return array.values().stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return (value instanceof String text) ? List.of(text) : List.of();
	}

	/** A body, or an empty object when there is none (Mautic treats both alike). */
	static Mono<JsonNode> body(Mono<JsonNode> body) {
		return body.defaultIfEmpty(JsonNodeFactory.instance.objectNode());
	}

	/**
	 * A batch body: a list. Valid JSON that is not a list makes Mautic's batch loop fail
	 * with its generic 500 (recording 272); malformed JSON stays the kernel's 400.
	 */
	static Mono<JsonNode> batch(Mono<List<JsonNode>> body) {
		return body.map((items) -> (JsonNode) JsonNodeFactory.instance.arrayNode().addAll(items))
			.onErrorMap(Requests::isJsonOfAnotherShape, (ex) -> MauticApiException.serverError())
			.defaultIfEmpty(JsonNodeFactory.instance.nullNode());
	}

	private static boolean isJsonOfAnotherShape(Throwable failure) {
		return failure instanceof ServerWebInputException input
				&& input.getCause() instanceof DecodingException decoding
				&& decoding.getCause() instanceof MismatchedInputException;
	}

}
