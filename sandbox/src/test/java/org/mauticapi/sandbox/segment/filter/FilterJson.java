package org.mauticapi.sandbox.segment.filter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds segment filters for tests from compact JSON, and evaluates them at a fixed time.
 */
final class FilterJson {

	/** Sunday 2026-11-22 20:28 UTC, when the recordings' segments were rebuilt. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:28:06Z"), ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FilterJson() {
	}

	static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/**
	 * One lead filter; {@code value} is JSON text ({@code "\"London\""},
	 * {@code "[\"a\",\"b\"]"}, {@code "1"}).
	 */
	static JsonNode filter(String field, String type, String operator, String value) {
		return parse("[" + node("and", "lead", field, type, operator, value) + "]");
	}

	static String node(String glue, String object, String field, String type, String operator, String value) {
		return """
				{"glue":"%s","field":"%s","object":"%s","type":"%s","operator":"%s","properties":{"filter":%s}}"""
			.formatted(glue, field, object, type, operator, value);
	}

	static boolean matches(JsonNode filters, FilterableContact contact) {
		return new SegmentFilters().matches(filters, contact, CLOCK);
	}

}
