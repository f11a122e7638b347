package org.mauticapi.sandbox.segment.filter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * Conditions on date and datetime fields as Mautic's date decorators build them: a
 * relative word names a period ({@link DateTimeframe}; = and != test membership, gt and
 * lte compare with its last moment, the others with its start), a relative interval moves
 * midnight today ({@link PhpRelativeDate}; = and != compare days), anything else is an
 * absolute date compared as MySQL compares a DATE/DATETIME column with a string. "Today"
 * is taken in the clock's zone for date fields (Mautic's default timezone) and in UTC for
 * datetime fields, which Mautic stores in UTC ({@code TimezoneResolver}).
 */
final class DateConditions {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private DateConditions() {
	}

	static Optional<ColumnCondition> of(String operator, boolean hasTime, JsonNode value, Clock clock) {
		if ("empty".equals(operator)) {
			return Optional.of((column) -> column == null || ColumnConditions.blank(column));
		}
		if ("!empty".equals(operator)) {
			return Optional.of((column) -> column != null && !ColumnConditions.blank(column));
		}
		String text = PhpValues.text(value);
		LocalDate today = LocalDate.now(hasTime ? clock.withZone(ZoneOffset.UTC) : clock);
		if ("anniversary".equals(text) || "birthday".equals(text)) {
			return Optional.of(when((moment) -> moment.getMonth() == today.getMonth()
					&& moment.getDayOfMonth() == today.getDayOfMonth()));
		}
		Optional<DateTimeframe> timeframe = DateTimeframe.of(text, today);
		if (timeframe.isPresent()) {
			return timeframe(operator, timeframe.get(), hasTime);
		}
		if (PhpRelativeDate.isRelative(text)) {
			return PhpRelativeDate.apply(text, today.atStartOfDay())
				.flatMap((moment) -> relative(operator, moment, hasTime));
		}
		return absolute(operator, value, text);
	}

	private static Optional<ColumnCondition> timeframe(String operator, DateTimeframe timeframe, boolean hasTime) {
		return switch (operator) {
			case "=" -> Optional.of(when(timeframe::contains));
			case "!=" -> Optional.of(unless(timeframe::contains));
			case "gt" -> Optional.of(when((moment) -> !moment.isBefore(timeframe.end())));
			case "lte" -> Optional.of(when((moment) -> moment.isBefore(timeframe.end())));
			default -> compared(operator, timeframe.start(), format(timeframe.start(), hasTime));
		};
	}

	private static Optional<ColumnCondition> relative(String operator, LocalDateTime moment, boolean hasTime) {
		DateTimeframe day = new DateTimeframe(moment.toLocalDate().atStartOfDay(), Period.ofDays(1));
		return switch (operator) {
			case "=" -> Optional.of(when(day::contains));
			case "!=" -> Optional.of(unless(day::contains));
			// DateRelativeInterval matches like-operators against the day ("Y-m-d%").
			case "like", "!like", "startsWith", "endsWith", "contains" ->
				ColumnConditions.textual(operator, DATE.format(moment) + "%");
			default -> {
				LocalDateTime compared = hasTime ? moment : day.start();
				yield compared(operator, compared, format(compared, hasTime));
			}
		};
	}

	private static Optional<ColumnCondition> absolute(String operator, JsonNode value, String text) {
		return switch (operator) {
			// DateDefault passes the value unchanged: no % is added for like-operators.
			case "like", "!like", "regexp", "!regexp" -> ColumnConditions.textual(operator, text);
			case "startsWith", "endsWith", "contains" -> ColumnConditions.textual("like", text);
			case "in", "!in" -> in(operator, PhpValues.list(value));
			case "between", "!between" -> between(operator, value);
			default -> parse(text).flatMap((moment) -> compared(operator, moment, text));
		};
	}

	private static Optional<ColumnCondition> compared(String operator, LocalDateTime value, String text) {
		return switch (operator) {
			case "like", "!like", "regexp", "!regexp" -> ColumnConditions.textual(operator, text);
			case "startsWith", "endsWith", "contains" -> ColumnConditions.textual("like", text);
			case "=" -> Optional.of(when(value::equals));
			case "!=" -> Optional.of(unless(value::equals));
			case "gt" -> Optional.of(when((moment) -> moment.isAfter(value)));
			case "gte" -> Optional.of(when((moment) -> !moment.isBefore(value)));
			case "lt" -> Optional.of(when((moment) -> moment.isBefore(value)));
			case "lte" -> Optional.of(when((moment) -> !moment.isAfter(value)));
			// Mautic's notGt/notLt: NOT EXISTS (column IS NULL OR column > value), so
			// NULL never matches.
			case "!gt" -> Optional.of(when((moment) -> !moment.isAfter(value)));
			case "!lt" -> Optional.of(when((moment) -> !moment.isBefore(value)));
			default -> Optional.empty();
		};
	}

	private static Optional<ColumnCondition> in(String operator, List<String> values) {
		List<Optional<LocalDateTime>> moments = values.stream().map(DateConditions::parse).toList();
		Predicate<LocalDateTime> in = (moment) -> moments.stream()
			.anyMatch((candidate) -> candidate.equals(Optional.of(moment)));
		return Optional.of("in".equals(operator) ? when(in) : unless(in));
	}

	private static Optional<ColumnCondition> between(String operator, JsonNode value) {
		if (!value.isArray() || value.size() != 2) {
			return Optional.empty();
		}
		Optional<LocalDateTime> low = parse(PhpValues.text(value.get(0)));
		Optional<LocalDateTime> high = parse(PhpValues.text(value.get(1)));
		if (low.isEmpty() || high.isEmpty()) {
			return Optional.empty();
		}
		Predicate<LocalDateTime> inRange = (moment) -> !moment.isBefore(low.get()) && !moment.isAfter(high.get());
		return Optional.of("between".equals(operator) ? when(inRange) : unless(inRange));
	}

	/**
	 * A column that holds a date meeting the test; NULL (and an unreadable value) never
	 * does.
	 */
	private static ColumnCondition when(Predicate<LocalDateTime> test) {
		return (column) -> column != null && parse(MysqlStrings.of(column)).filter(test).isPresent();
	}

	/**
	 * The negation Mautic builds for != and notBetween: NULL or a date failing the test.
	 */
	private static ColumnCondition unless(Predicate<LocalDateTime> test) {
		return (column) -> column == null || parse(MysqlStrings.of(column)).map(test.negate()::test).orElse(true);
	}

	private static String format(LocalDateTime moment, boolean hasTime) {
		return (hasTime ? DATETIME : DATE).format(moment);
	}

	/**
	 * A date or datetime as MySQL reads it from a string: a date alone means midnight.
	 */
	static Optional<LocalDateTime> parse(String text) {
		String trimmed = text.trim().replace('T', ' ');
		try {
			if (trimmed.length() == 10) {
				return Optional.of(LocalDate.parse(trimmed, DATE).atStartOfDay());
			}
			if (trimmed.length() == 16) {
				return Optional.of(LocalDateTime.parse(trimmed + ":00", DATETIME));
			}
			if (trimmed.length() >= 19) {
				return Optional.of(LocalDateTime.parse(trimmed.substring(0, 19), DATETIME));
			}
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
