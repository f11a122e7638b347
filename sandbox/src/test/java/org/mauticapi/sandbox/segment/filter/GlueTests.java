package org.mauticapi.sandbox.segment.filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How filters combine: and binds tighter than or, and a segment without filters matches
 * nobody.
 */
class GlueTests {

	private static final String CITY_LONDON = FilterJson.node("and", "lead", "city", "text", "=", "\"London\"");

	@ParameterizedTest(name = "city {0}, country {1}, tier {2} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			London ; United Kingdom ; gold   ; true
			London ; France         ; bronze ; false
			Paris  ; France         ; gold   ; true
			Paris  ; France         ; bronze ; false
			Boston ; United Kingdom ; gold   ; false
			""")
	void andBindsTighterThanOr(String city, String country, String tier, boolean expected) {
		// city = London and country = United Kingdom or country = France and tier = gold
		JsonNode filters = FilterJson.parse("[" + CITY_LONDON + ","
				+ FilterJson.node("and", "lead", "country", "country", "=", "\"United Kingdom\"") + ","
				+ FilterJson.node("or", "lead", "country", "country", "=", "\"France\"") + ","
				+ FilterJson.node("and", "lead", "loyalty_tier", "select", "=", "\"gold\"") + "]");
		TestContact contact = TestContact.of(1).with("city", city).with("country", country).with("loyalty_tier", tier);

		boolean matches = FilterJson.matches(filters, contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "city {0}, tier {1} -> {2}")
	@CsvSource(delimiter = ';', textBlock = """
			London ; bronze ; true
			Paris  ; gold   ; true
			Paris  ; bronze ; false
			""")
	void orStartsAGroupEvenAfterASingleFilter(String city, String tier, boolean expected) {
		JsonNode filters = FilterJson.parse("[" + CITY_LONDON + ","
				+ FilterJson.node("or", "lead", "loyalty_tier", "select", "=", "\"gold\"") + "]");
		TestContact contact = TestContact.of(1).with("city", city).with("loyalty_tier", tier);

		boolean matches = FilterJson.matches(filters, contact);

		assertThat(matches).isEqualTo(expected);
	}

	@Test
	void theFirstFiltersGlueDoesNotMatter() {
		JsonNode filters = FilterJson.parse("[" + FilterJson.node("or", "lead", "city", "text", "=", "\"London\"") + ","
				+ FilterJson.node("and", "lead", "loyalty_tier", "select", "=", "\"gold\"") + "]");
		TestContact londonBronze = TestContact.of(1).with("city", "London").with("loyalty_tier", "bronze");

		boolean matches = FilterJson.matches(filters, londonBronze);

		assertThat(matches).isFalse();
	}

	@Test
	void aFilterThatCannotBeEvaluatedFailsOnlyItsGroup() {
		JsonNode filters = FilterJson.parse("[" + FilterJson.node("and", "lead", "city", "text", "nonsense", "\"x\"")
				+ "," + FilterJson.node("or", "lead", "city", "text", "=", "\"London\"") + "]");

		boolean matches = FilterJson.matches(filters, TestContact.of(1).with("city", "London"));

		assertThat(matches).isTrue();
	}

	@Test
	void filtersKeyedByIndexAreReadInOrder() {
		JsonNode filters = FilterJson.parse("{\"0\":" + CITY_LONDON + "}");

		boolean matches = FilterJson.matches(filters, TestContact.of(1).with("city", "London"));

		assertThat(matches).isTrue();
	}

	@Test
	void legacyTopLevelFilterValueIsRead() {
		JsonNode filters = FilterJson
			.parse("[{\"glue\":\"and\",\"field\":\"city\",\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\","
					+ "\"filter\":\"London\"}]");

		boolean matches = FilterJson.matches(filters, TestContact.of(1).with("city", "London"));

		assertThat(matches).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			[]
			{}
			null
			"London"
			[1]
			""")
	void segmentsWithoutFiltersMatchNobody(String filters) {
		TestContact anyone = TestContact.of(1).with("city", "London");

		boolean matches = FilterJson.matches(FilterJson.parse(filters), anyone);

		assertThat(matches).isFalse();
	}

}
