package org.mauticapi.sandbox.segment.filter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Optional;

/**
 * A period named by one of Mautic's relative date words ({@code today},
 * {@code last week}, {@code this month}, {@code next year}...; the English values of
 * {@code RelativeDate::getRelativeDateStrings}): it starts at midnight on the period's
 * first day (weeks start on Monday, as PHP's {@code monday this week}) and lasts one
 * unit.
 */
record DateTimeframe(LocalDateTime start, Period length) {

	static Optional<DateTimeframe> of(String text, LocalDate today) {
		return Optional.ofNullable(switch (text) {
			case "today" -> day(today);
			case "tomorrow" -> day(today.plusDays(1));
			case "yesterday" -> day(today.minusDays(1));
			case "this week" -> week(today);
			case "last week" -> week(today.minusWeeks(1));
			case "next week" -> week(today.plusWeeks(1));
			case "this month" -> month(today);
			case "last month" -> month(today.minusMonths(1));
			case "next month" -> month(today.plusMonths(1));
			case "this year" -> year(today);
			case "last year" -> year(today.minusYears(1));
			case "next year" -> year(today.plusYears(1));
			default -> null;
		});
	}

	private static DateTimeframe day(LocalDate day) {
		return new DateTimeframe(day.atStartOfDay(), Period.ofDays(1));
	}

	private static DateTimeframe week(LocalDate day) {
		return new DateTimeframe(day.with(DayOfWeek.MONDAY).atStartOfDay(), Period.ofWeeks(1));
	}

	private static DateTimeframe month(LocalDate day) {
		return new DateTimeframe(day.withDayOfMonth(1).atStartOfDay(), Period.ofMonths(1));
	}

	private static DateTimeframe year(LocalDate day) {
		return new DateTimeframe(day.withDayOfYear(1).atStartOfDay(), Period.ofYears(1));
	}

	LocalDateTime end() {
		return this.start.plus(this.length);
	}

	boolean contains(LocalDateTime moment) {
		return !moment.isBefore(this.start) && moment.isBefore(end());
	}

}
