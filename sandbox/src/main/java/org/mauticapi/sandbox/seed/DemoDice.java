package org.mauticapi.sandbox.seed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The demo set's source of variety: choices from a fixed-seed {@link Random}, so that
 * every build draws the same data, and dates in 2026 computed from fixed days rather than
 * the clock.
 */
final class DemoDice {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");

	private final Random random;

	DemoDice(long seed) {
		this.random = new Random(seed);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	<T> List<T> sample(List<T> values, int count) {
		List<T> shuffled = new ArrayList<>(values);
		Collections.shuffle(shuffled, this.random);
		return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
	}

	/** A time of day between 07:00 and 19:59 on a day of 2026, in Mautic's ISO format. */
	String dateTime2026(int fromDayOfYear, int toDayOfYear) {
		LocalDateTime time = LocalDate.ofYearDay(2026, between(fromDayOfYear, toDayOfYear))
			.atTime(between(7, 19), between(0, 11) * 5);
		return ISO.format(time);
	}

	/** A date ({@code YYYY-MM-DD}) between two fixed dates, for date custom fields. */
	String date(LocalDate from, LocalDate to) {
		return from.plusDays(between(0, (int) (to.toEpochDay() - from.toEpochDay()))).toString();
	}

	String ipAddress() {
		// The documentation ranges (RFC 5737), so that the demo never names a real host.
		return pick(List.of("192.0.2.", "198.51.100.", "203.0.113.")) + between(1, 254);
	}

}
