package org.mauticapi.conformance.glue;

import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.shape.AnswerShapes;

/** The checks the "Then" steps share: a failed check names the exchange it is about. */
final class Answers {

	private Answers() {
	}

	/**
	 * Fails the step unless a condition holds.
	 * @param exchange the exchange the condition is about
	 * @param condition the condition
	 * @param message what deviates
	 */
	static void check(Exchange exchange, boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(exchange + ": " + message);
		}
	}

	/**
	 * An answer's JSON body, failing the step when it has none.
	 * @param exchange the exchange
	 * @return the body
	 */
	static JsonNode json(Exchange exchange) {
		JsonNode body = exchange.body();
		check(exchange, body != null, "the body is not JSON: " + AnswerShapes.abbreviate(exchange.bodyText()));
		return body;
	}

}
