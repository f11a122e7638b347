package org.mauticapi.sandbox.segment.filter;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Number and boolean fields: the filter value is cast like PHP's (float)/(bool) and
 * compared numerically.
 */
class NumberAndBooleanFilterTests {

	@ParameterizedTest(name = "annual_spend {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			12500.5 ; gte ; "10000" ; true
			8200 ; gte ; "10000" ; false
			NULL ; gte ; "10000" ; false
			10000 ; = ; "10000" ; true
			10000 ; = ; 10000 ; true
			10000 ; = ; "1e4" ; true
			0 ; = ; "abc" ; true
			5 ; != ; "5" ; false
			NULL ; != ; "5" ; true
			6 ; != ; "5" ; true
			6 ; gt ; "5.5" ; true
			5.5 ; gt ; "5.5" ; false
			5 ; lt ; "5.5" ; true
			5.5 ; lte ; "5.5" ; true
			50 ; !gt ; "100" ; true
			150 ; !gt ; "100" ; false
			NULL ; !gt ; "100" ; false
			150 ; !lt ; "100" ; true
			NULL ; empty ; null ; true
			0 ; empty ; null ; true
			5 ; empty ; null ; false
			0 ; !empty ; null ; false
			5 ; !empty ; null ; true
			2 ; in ; ["1","2"] ; true
			3 ; !in ; ["1","2"] ; true
			5 ; between ; ["1","10"] ; true
			11 ; !between ; ["1","10"] ; true
			12500.5 ; like ; "125" ; false
			12500.5 ; like ; "12500.5" ; true
			12500.5 ; contains ; "12500.5" ; true
			""")
	void numberOperatorsCompareNumerically(@Nullable String spend, String operator, String value, boolean expected) {
		TestContact contact = TestContact.of(1).with("annual_spend", (spend != null) ? new BigDecimal(spend) : null);

		boolean matches = FilterJson.matches(FilterJson.filter("annual_spend", "number", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "newsletter_optin {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			true ; = ; "1" ; true
			true ; = ; 1 ; true
			true ; = ; true ; true
			false ; = ; "0" ; true
			false ; = ; 0 ; true
			NULL ; = ; "0" ; false
			false ; = ; "1" ; false
			false ; != ; "1" ; true
			NULL ; != ; "1" ; true
			true ; != ; "1" ; false
			1 ; = ; "1" ; true
			0 ; = ; "" ; true
			false ; empty ; null ; true
			true ; !empty ; null ; true
			""")
	void booleanFiltersTakeOneAndZero(@Nullable String optin, String operator, String value, boolean expected) {
		@Nullable Object stored = (optin == null) ? null : (optin.equals("true") || optin.equals("false"))
				? (Object) Boolean.valueOf(optin) : Long.valueOf(optin);
		TestContact contact = TestContact.of(1).with("newsletter_optin", stored);

		boolean matches = FilterJson.matches(FilterJson.filter("newsletter_optin", "boolean", operator, value),
				contact);

		assertThat(matches).isEqualTo(expected);
	}

}
