package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * {@code start} and {@code limit} as Mautic's
 * {@code CommonRepository::buildLimiterClauses} applies them: the default page is 30
 * ({@code default_pagelimit}), there is no maximum, an empty or {@code 0} limit means
 * everything (and then {@code start} is not even read), and a negative or non-numeric
 * value breaks the SQL (500, recordings 143-145).
 *
 * @param start the offset of the page
 * @param limit the page size, {@code null} for no limit
 */
record Paging(long start, @Nullable Long limit) {

	static final long DEFAULT_LIMIT = 30;

	private static final Pattern INTEGER = Pattern.compile("^\\s*([+-]?\\d{1,18})\\s*$");

	static Paging from(QueryParameters parameters) {
		String limit = parameters.scalar("limit");
		if (limit != null && QueryParameters.isEmpty(limit)) {
			return new Paging(0, null);
		}
		long size = (limit != null) ? count("limit", limit) : DEFAULT_LIMIT;
		String start = parameters.scalar("start");
		return new Paging((start != null) ? count("start", start) : 0, size);
	}

	private static long count(String name, String value) {
		Matcher matcher = INTEGER.matcher(value);
		if (!matcher.matches()) {
			throw new MauticQueryException("[" + name + "] is not an integer: " + value);
		}
		long number = Long.parseLong(matcher.group(1).replace("+", ""));
		if (number < 0) {
			throw new MauticQueryException("[" + name + "] is negative: " + value);
		}
		return number;
	}

	<T> List<T> page(List<T> sorted) {
		if (this.limit == null) {
			return sorted;
		}
		int from = (int) Math.min(this.start, sorted.size());
		int to = (int) Math.min(from + this.limit, sorted.size());
		return sorted.subList(from, to);
	}

}
