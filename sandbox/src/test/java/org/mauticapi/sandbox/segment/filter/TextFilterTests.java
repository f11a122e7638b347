package org.mauticapi.sandbox.segment.filter;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators on text-like fields (text, email, select's = and in, country...), compared as
 * MySQL's _ci collation does.
 */
class TextFilterTests {

	@ParameterizedTest(name = "city {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			London ; = ; "london" ; true
			London ; = ; "Londón" ; true
			'London  ' ; = ; "London" ; true
			NULL ; = ; "London" ; false
			Boston ; != ; "London" ; true
			London ; != ; "LONDON" ; false
			NULL ; != ; "London" ; true
			NULL ; empty ; null ; true
			'' ; empty ; "" ; true
			London ; empty ; null ; false
			London ; !empty ; null ; true
			NULL ; !empty ; null ; false
			'' ; !empty ; null ; false
			London ; like ; "%don" ; true
			London ; like ; "ondo" ; true
			London ; like ; "_ONDON" ; true
			London ; like ; "Lon" ; true
			London ; like ; "%Paris%" ; false
			NULL ; like ; "%" ; false
			London ; !like ; "%on" ; false
			Paris ; !like ; "%on" ; true
			NULL ; !like ; "%on" ; true
			London ; startsWith ; "lon" ; true
			London ; startsWith ; "don" ; false
			London ; endsWith ; "DON" ; true
			London ; contains ; "ndo" ; true
			London ; regexp ; "^lon" ; true
			London ; regexp ; "^x" ; false
			NULL ; regexp ; "." ; false
			London ; regexp ; "(unclosed" ; false
			London ; !regexp ; "^lon" ; false
			Paris ; !regexp ; "^lon" ; true
			NULL ; !regexp ; "^lon" ; false
			London ; in ; ["Paris","london"] ; true
			London ; in ; "Paris|London" ; true
			NULL ; in ; ["Paris"] ; false
			London ; !in ; ["Paris","london"] ; false
			Boston ; !in ; ["Paris","london"] ; true
			NULL ; !in ; ["Paris"] ; true
			London ; = ; ["Paris","London"] ; true
			London ; gt ; "K" ; true
			London ; lt ; "K" ; false
			London ; gte ; "london" ; true
			London ; lte ; "LONDON" ; true
			London ; between ; ["A","M"] ; true
			London ; between ; ["A"] ; false
			London ; !between ; ["A","K"] ; true
			NULL ; !between ; ["A","K"] ; true
			London ; date ; "London" ; false
			London ; ~ ; "London" ; false
			""")
	void textOperatorsCompareLikeMysql(@Nullable String city, String operator, String value, boolean expected) {
		TestContact contact = TestContact.of(1).with("city", city);

		boolean matches = FilterJson.matches(FilterJson.filter("city", "text", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@ParameterizedTest(name = "email like {0} on {1} -> {2}")
	@CsvSource(delimiter = ';', textBlock = """
			"%@example.com" ; ada@example.com ; true
			"%@example.com" ; alan@example.org ; false
			"a\\\\_a%" ; a_a@x.io ; true
			"a\\\\_a%" ; aba@x.io ; false
			""")
	void likeHonoursWildcardsAndEscapes(String pattern, String email, boolean expected) {
		TestContact contact = TestContact.of(1).with("email", email);

		boolean matches = FilterJson.matches(FilterJson.filter("email", "email", "like", pattern), contact);

		assertThat(matches).isEqualTo(expected);
	}

}
