package org.mauticapi.sandbox.segment.filter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of PHP's {@code DateTime::modify} that Mautic's relative date filters use
 * ({@code "-1 week"}, {@code "+1 month"}, {@code "+2 days -3 hours"},
 * {@code "5 days ago"}), including PHP's month overflow (January 31 plus one month is
 * March 3 or 2, not February 28).
 */
final class PhpRelativeDate {

	private static final Pattern TERM = Pattern.compile(
			"\\s*([+-]?)\\s*(\\d+)\\s*(sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days|week|weeks"
					+ "|fortnight|fortnights|month|months|year|years)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AGO = Pattern.compile("\\s*ago\\s*$", Pattern.CASE_INSENSITIVE);

	private PhpRelativeDate() {
	}

	/**
	 * Whether Mautic's {@code DateOptionFactory} reads the value as a relative interval.
	 */
	static boolean isRelative(String text) {
		return text.startsWith("-") || text.startsWith("+") || text.contains(" ago");
	}

	/** The base moved by the interval, or empty when PHP would not understand it. */
	static Optional<LocalDateTime> apply(String text, LocalDateTime base) {
		Matcher ago = AGO.matcher(text);
		boolean negate = ago.find();
		String terms = negate ? text.substring(0, ago.start()) : text;
		long[] amounts = new long[4];
		Matcher term = TERM.matcher(terms);
		int end = 0;
		while (term.find() && term.start() == end) {
			long amount = Long.parseLong(term.group(2)) * ("-".equals(term.group(1)) ? -1 : 1) * (negate ? -1 : 1);
			add(amounts, term.group(3).toLowerCase(Locale.ROOT), amount);
			end = term.end();
		}
		if (end == 0 || !terms.substring(end).isBlank()) {
			return Optional.empty();
		}
		return Optional.of(shift(base, amounts));
	}

	private static void add(long[] amounts, String unit, long amount) {
		if (unit.startsWith("year")) {
			amounts[0] += amount;
		}
		else if (unit.startsWith("month")) {
			amounts[1] += amount;
		}
		else if (unit.startsWith("fortnight")) {
			amounts[2] += 14 * amount;
		}
		else if (unit.startsWith("week")) {
			amounts[2] += 7 * amount;
		}
		else if (unit.startsWith("day")) {
			amounts[2] += amount;
		}
		else if (unit.startsWith("hour")) {
			amounts[3] += 3600 * amount;
		}
		else if (unit.startsWith("min")) {
			amounts[3] += 60 * amount;
		}
		else {
			amounts[3] += amount;
		}
	}

	private static LocalDateTime shift(LocalDateTime base, long[] amounts) {
		LocalDate month = base.toLocalDate().withDayOfMonth(1).plusYears(amounts[0]).plusMonths(amounts[1]);
		LocalDate day = month.plusDays(base.getDayOfMonth() - 1 + amounts[2]);
		return day.atTime(base.toLocalTime()).plusSeconds(amounts[3]);
	}

}
