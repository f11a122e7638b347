package org.mauticapi.sandbox.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PHP conversions the timeline's parameters go through besides {@code (int)}
 * ({@link org.mauticapi.php.PhpCast}): {@code empty()} and {@code new \DateTime(...)}.
 */
final class PhpValues {

	private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}$");

	private static final Pattern DATE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)$");

	private PhpValues() {
	}

	/**
	 * PHP's {@code empty()} of a string: true for {@code ""} and {@code "0"}.
	 * @param text the text
	 * @return whether PHP deems it empty
	 */
	static boolean isEmpty(String text) {
		return text.isEmpty() || "0".equals(text);
	}

	/**
	 * {@code new \DateTime($text)} in Mautic's UTC for the forms a client sends: dates,
	 * SQL and ISO date-times (with or without offset), {@code @seconds} and the relative
	 * words {@code now}, {@code today}, {@code midnight}, {@code tomorrow},
	 * {@code yesterday}. PHP throws for anything it cannot parse, and so do we.
	 * @param text the text
	 * @param clock the clock for relative words
	 * @return the time
	 */
	static Instant toDateTime(String text, Clock clock) {
		String value = text.trim();
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant today = now.truncatedTo(ChronoUnit.DAYS);
		switch (value.toLowerCase()) {
			case "now":
				return now;
			case "today", "midnight":
				return today;
			case "tomorrow":
				return today.plus(1, ChronoUnit.DAYS);
			case "yesterday":
				return today.minus(1, ChronoUnit.DAYS);
			default:
				break;
		}
		try {
			if (value.matches("^@-?\\d+$")) {
				return Instant.ofEpochSecond(Long.parseLong(value.substring(1)));
			}
			if (DATE.matcher(value).matches()) {
				return LocalDate.parse(value, DateTimeFormatter.ofPattern("yyyy-M-d"))
					.atStartOfDay()
					.toInstant(ZoneOffset.UTC);
			}
			Matcher dateTime = DATE_TIME.matcher(value);
			if (dateTime.matches()) {
				return LocalDateTime.parse(dateTime.group(1) + "T" + dateTime.group(2)).toInstant(ZoneOffset.UTC);
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new MauticActivityException("DateTime::__construct(): Failed to parse time string (" + text + ")");
		}
	}

}
