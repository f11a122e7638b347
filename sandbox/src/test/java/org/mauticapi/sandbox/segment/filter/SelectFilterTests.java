package org.mauticapi.sandbox.segment.filter;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Select fields (one value) and multiselect fields (pipe-joined values). */
class SelectFilterTests {

	@ParameterizedTest(name = "loyalty_tier {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			gold ; in ; ["gold","silver"] ; true
			bronze ; in ; ["gold","silver"] ; false
			NULL ; in ; ["gold","silver"] ; false
			silver ; in ; "gold|silver" ; true
			gold ; !in ; ["gold","silver"] ; false
			bronze ; !in ; ["gold","silver"] ; true
			NULL ; !in ; ["gold","silver"] ; true
			gold ; = ; "Gold" ; true
			gold ; != ; "silver" ; true
			gold ; regexp ; "^g" ; true
			NULL ; empty ; null ; true
			""")
	void selectOperatorsCompareTheChosenValue(@Nullable String tier, String operator, String value, boolean expected) {
		TestContact contact = TestContact.of(1).with("loyalty_tier", tier);

		boolean matches = FilterJson.matches(FilterJson.filter("loyalty_tier", "select", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "interests {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			ai|math ; in ; ["ai"] ; true
			math|ai ; in ; ["ai","math"] ; true
			ai|math ; in ; ["ai","space"] ; false
			ai|math ; in ; ["a"] ; false
			ai|math ; in ; ["AI"] ; true
			NULL ; in ; ["ai"] ; false
			ai|math ; !in ; ["space"] ; true
			ai|math ; !in ; ["ai","space"] ; false
			NULL ; !in ; ["space"] ; false
			NULL ; empty ; null ; true
			space ; !empty ; null ; true
			""")
	void multiselectInNeedsEveryValueAndNotInNone(@Nullable String interests, String operator, String value,
			boolean expected) {
		TestContact contact = TestContact.of(1).with("interests", interests);

		boolean matches = FilterJson.matches(FilterJson.filter("interests", "multiselect", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

}
