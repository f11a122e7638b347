package org.mauticapi.sandbox.state;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.mauticapi.sandbox.error.MauticApiException;

/**
 * How Mautic's repositories list the rows of a contact (notes, devices) from
 * {@code start}, {@code limit}, {@code orderBy} and {@code orderByDir}: what Doctrine
 * cannot build (an unknown column, a negative or non-numeric number, another direction)
 * is the generic 500.
 */
public final class RepositoryListing {

	/** MySQL's default collation: text compared without case, other values naturally. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Comparator<Comparable> COLLATION = (left,
			right) -> (left instanceof String a && right instanceof String b) ? a.compareToIgnoreCase(b)
					: left.compareTo(right);

	private RepositoryListing() {
	}

	/** The first value of a parameter, or the fallback. */
	public static String first(Map<String, List<String>> query, String name, String fallback) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

	/** A non-negative whole number, as Doctrine takes {@code start} and {@code limit}. */
	public static int number(String text) {
		if (!text.trim().matches("\\d{1,9}")) {
			throw MauticApiException.serverError();
		}
		return Integer.parseInt(text.trim());
	}

	/**
	 * The requested order, ties by id; SQL sorts nulls first ascending and text without
	 * case.
	 * @param columns the sortable columns by the name Mautic takes
	 * @param column the requested column
	 * @param direction ASC or DESC, in any case
	 * @param id the row id, for ties
	 * @param <T> the row type
	 * @return the order
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> Comparator<T> order(Map<String, Function<T, Comparable<?>>> columns, String column,
			String direction, ToLongFunction<T> id) {
		return order(columns, column, direction, id, false);
	}

	/**
	 * The order of a repository list, rows with equal values in id order, or, where
	 * MariaDB's plan gives them that way, in the direction asked for (devices added in
	 * the same second list newest first, as a comparison with Mautic 5.1.0 showed, while
	 * notes list oldest first).
	 * @param <T> the row type
	 * @param columns the sortable columns
	 * @param column the column asked for
	 * @param direction ASC or DESC
	 * @param id the row id
	 * @param tiesFollowDirection whether equal rows come in the direction asked for
	 * @return the order; Mautic's generic 500 for an unknown column or direction
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T> Comparator<T> order(Map<String, Function<T, Comparable<?>>> columns, String column,
			String direction, ToLongFunction<T> id, boolean tiesFollowDirection) {
		Function<T, Comparable<?>> key = columns.get(column);
		String dir = direction.toUpperCase(Locale.ROOT);
		if (key == null || !(dir.equals("ASC") || dir.equals("DESC"))) {
			throw MauticApiException.serverError();
		}
		Comparator<T> byColumn = Comparator.comparing((row) -> (Comparable) key.apply(row),
				Comparator.nullsFirst(COLLATION));
		if (tiesFollowDirection) {
			Comparator<T> ordered = byColumn.thenComparingLong(id);
			return dir.equals("DESC") ? ordered.reversed() : ordered;
		}
		if (dir.equals("DESC")) {
			byColumn = byColumn.reversed();
		}
		return byColumn.thenComparingLong(id);
	}

	/** The rows from {@code start}, at most {@code limit} of them (0: all), in order. */
	public static <T> List<T> page(List<T> rows, Comparator<T> order, int start, int limit) {
		List<T> sorted = rows.stream().sorted(order).toList();
		int from = Math.min(start, sorted.size());
		int to = (limit == 0) ? sorted.size() : (int) Math.min(sorted.size(), (long) from + limit);
		return sorted.subList(from, to);
	}

}
