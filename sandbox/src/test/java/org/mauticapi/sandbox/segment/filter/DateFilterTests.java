package org.mauticapi.sandbox.segment.filter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date and datetime fields, absolute and relative, at a fixed time: Sunday 2026-11-22
 * 20:28:06 UTC.
 */
class DateFilterTests {

	@ParameterizedTest(name = "contract_date {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			2024-03-15 ; gt         ; "2024-01-01"                 ; true
			2023-11-30 ; gt         ; "2024-01-01"                 ; false
			NULL       ; gt         ; "2024-01-01"                 ; false
			2024-03-15 ; =          ; "2024-03-15"                 ; true
			2024-03-15 ; !=         ; "2024-03-15"                 ; false
			NULL       ; !=         ; "2024-03-15"                 ; true
			2024-03-15 ; gte        ; "2024-03-15"                 ; true
			2024-03-15 ; lt         ; "2024-03-15"                 ; false
			2024-03-15 ; lte        ; "2024-03-15 00:00:00"        ; true
			2024-03-15 ; !gt        ; "2024-03-15"                 ; true
			NULL       ; !lt        ; "2024-03-15"                 ; false
			2024-03-15 ; like       ; "2024-%"                     ; true
			2024-03-15 ; like       ; "2024"                       ; false
			2024-03-15 ; startsWith ; "2024-03-15"                 ; true
			2024-03-15 ; regexp     ; "^2024"                      ; true
			2024-03-15 ; in         ; ["2020-01-01","2024-03-15"]  ; true
			2024-03-15 ; !in        ; ["2020-01-01"]               ; true
			2024-03-15 ; between    ; ["2024-01-01","2024-12-31"]  ; true
			2024-03-15 ; !between   ; ["2024-01-01","2024-12-31"]  ; false
			2024-03-15 ; gt         ; "not a date"                 ; false
			NULL       ; empty      ; null                         ; true
			2024-03-15 ; !empty     ; null                         ; true
			""")
	void absoluteDatesCompareAsDates(@Nullable String date, String operator, String value, boolean expected) {
		assertThat(contractDate(date, operator, value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "contract_date {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			2026-11-22 ; =   ; "today"       ; true
			2026-11-21 ; =   ; "today"       ; false
			2026-11-21 ; =   ; "yesterday"   ; true
			2026-11-23 ; =   ; "tomorrow"    ; true
			2026-11-16 ; =   ; "this week"   ; true
			2026-11-22 ; =   ; "this week"   ; true
			2026-11-23 ; =   ; "this week"   ; false
			2026-11-15 ; =   ; "this week"   ; false
			2026-11-09 ; =   ; "last week"   ; true
			2026-11-29 ; =   ; "next week"   ; true
			2026-11-01 ; =   ; "this month"  ; true
			2026-10-31 ; =   ; "this month"  ; false
			2026-10-15 ; =   ; "last month"  ; true
			2027-06-01 ; =   ; "next year"   ; true
			2025-12-31 ; =   ; "last year"   ; true
			2026-11-23 ; gt  ; "today"       ; true
			2026-11-22 ; gt  ; "today"       ; false
			2026-11-22 ; gte ; "today"       ; true
			2026-11-21 ; lt  ; "today"       ; true
			2026-11-22 ; lte ; "today"       ; true
			2026-11-15 ; lt  ; "this week"   ; true
			2026-11-16 ; lt  ; "this week"   ; false
			2026-11-22 ; lte ; "this week"   ; true
			2026-11-23 ; lte ; "this week"   ; false
			2026-12-01 ; gt  ; "this month"  ; true
			2026-11-30 ; gt  ; "this month"  ; false
			2026-11-21 ; !=  ; "today"       ; true
			2026-11-22 ; !=  ; "today"       ; false
			NULL       ; !=  ; "today"       ; true
			NULL       ; =   ; "today"       ; false
			2026-11-22 ; =   ; "Today"       ; false
			""")
	void relativeWordsNameAPeriod(@Nullable String date, String operator, String value, boolean expected) {
		assertThat(contractDate(date, operator, value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "contract_date {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			2026-11-15 ; =    ; "-1 week"      ; true
			2026-11-16 ; =    ; "-1 week"      ; false
			2026-12-22 ; =    ; "+1 month"     ; true
			2026-11-17 ; =    ; "5 days ago"   ; true
			2026-11-16 ; gt   ; "-1 week"      ; true
			2026-11-15 ; gt   ; "-1 week"      ; false
			2026-11-15 ; gte  ; "-1 week"      ; true
			2026-11-14 ; lt   ; "-1 week"      ; true
			2026-11-15 ; lt   ; "-1 week"      ; false
			2026-11-15 ; !=   ; "-1 week"      ; false
			NULL       ; !=   ; "-1 week"      ; true
			2026-11-15 ; like ; "-1 week"      ; true
			2026-11-15 ; =    ; "-1 fortnite"  ; false
			2000-11-22 ; =    ; "anniversary"  ; true
			2000-11-21 ; =    ; "anniversary"  ; false
			1990-11-22 ; =    ; "birthday"     ; true
			""")
	void relativeIntervalsMoveMidnightToday(@Nullable String date, String operator, String value, boolean expected) {
		assertThat(contractDate(date, operator, value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "date_added {1} {2} on {0} -> {3}")
	@CsvSource(delimiter = ';', nullValues = "NULL", textBlock = """
			2026-11-22 10:00:01 ; gt  ; "2026-11-22 10:00:00" ; true
			2026-11-22 10:00:00 ; gt  ; "2026-11-22 10:00:00" ; false
			2026-11-22 10:00:00 ; =   ; "2026-11-22"          ; false
			2026-11-22 00:00:00 ; =   ; "2026-11-22"          ; true
			2026-11-22 23:59:59 ; =   ; "today"               ; true
			2026-11-23 00:00:00 ; =   ; "today"               ; false
			2026-11-22 23:59:59 ; lte ; "today"               ; true
			2026-11-23 00:00:00 ; gt  ; "today"               ; true
			2026-11-22 23:59:59 ; gt  ; "today"               ; false
			2026-11-21 00:00:01 ; gt  ; "-1 day"              ; true
			2026-11-20 23:00:00 ; gt  ; "-1 day"              ; false
			2026-11-21 18:00:00 ; =   ; "-1 day"              ; true
			2026-11-20 23:59:59 ; gte ; "-1 day"              ; false
			""")
	void datetimeFieldsCompareToTheSecond(String moment, String operator, String value, boolean expected) {
		TestContact contact = TestContact.of(1).with("date_added", moment);

		boolean matches = FilterJson.matches(FilterJson.filter("date_added", "datetime", operator, value), contact);

		assertThat(matches).isEqualTo(expected);
	}

	@Test
	void todayIsLocalForDateFieldsAndUtcForDatetimeFields() {
		Clock newYorkEvening = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("America/New_York"));
		TestContact contact = TestContact.of(1)
			.with("contract_date", "2026-11-22")
			.with("date_added", "2026-11-23 01:00:00");
		SegmentFilters filters = new SegmentFilters();

		boolean dateToday = filters.matches(FilterJson.filter("contract_date", "date", "=", "\"today\""), contact,
				newYorkEvening);
		boolean datetimeToday = filters.matches(FilterJson.filter("date_added", "datetime", "=", "\"today\""), contact,
				newYorkEvening);

		assertThat(dateToday).isTrue();
		assertThat(datetimeToday).isTrue();
	}

	private static boolean contractDate(@Nullable String date, String operator, String value) {
		TestContact contact = TestContact.of(1).with("contract_date", date);
		return FilterJson.matches(FilterJson.filter("contract_date", "date", operator, value), contact);
	}

}
