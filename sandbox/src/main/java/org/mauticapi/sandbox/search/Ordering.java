package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The ORDER BY of a list request, as Mautic's
 * {@code CommonRepository::buildOrderByClause} builds it: {@code order[i]} clauses win
 * over {@code orderBy}/{@code orderByDir}, which win over the repository's default order.
 * Equal rows come out in id order: MySQL leaves their order open, and id order is what
 * the recordings mostly show.
 */
final class Ordering {

	private Ordering() {
	}

	/**
	 * One ORDER BY term.
	 *
	 * @param column the column as sent, e.g. {@code last_active}
	 * @param descending whether it sorts descending
	 */
	record Term(String column, boolean descending) {
	}

	static <T> Comparator<T> from(QueryParameters parameters, ColumnResolver<T> columns, List<Term> defaults,
			ToLongFunction<T> id) {
		List<Term> terms = terms(parameters);
		Comparator<T> comparator = null;
		for (Term term : terms.isEmpty() ? defaults : terms) {
			Function<T, @Nullable Object> column = columns.column(term.column());
			Comparator<T> next = (left, right) -> SqlValues.order(column.apply(left), column.apply(right));
			next = term.descending() ? next.reversed() : next;
			comparator = (comparator == null) ? next : comparator.thenComparing(next);
		}
		Comparator<T> byId = Comparator.comparingLong(id);
		return (comparator == null) ? byId : comparator.thenComparing(byId);
	}

	private static List<Term> terms(QueryParameters parameters) {
		JsonNode order = parameters.node("order");
		if (order != null && !(order.isString() && QueryParameters.isEmpty(order.asString()))) {
			return fromClauses(order);
		}
		String orderBy = parameters.scalar("orderBy");
		if (QueryParameters.isEmpty(orderBy)) {
			return List.of();
		}
		String dir = parameters.scalar("orderByDir");
		boolean descending = descending((dir != null) ? dir : "ASC");
		List<Term> terms = new ArrayList<>();
		for (String column : orderBy.trim().split(",", -1)) {
			terms.add(new Term(QueryParameters.alphanum(column.trim(), "_."), descending));
		}
		return terms;
	}

	private static List<Term> fromClauses(JsonNode order) {
		if (!order.isContainer()) {
			throw new MauticQueryException("order must be an array of clauses");
		}
		List<Term> terms = new ArrayList<>();
		for (JsonNode clause : order.values()) {
			if (!clause.isObject()) {
				throw new MauticQueryException("An order clause must be an array");
			}
			JsonNode col = clause.get("col");
			if (col == null || col.isContainer() || QueryParameters.isEmpty(col.asString())) {
				// CommonRepository::validateOrderByClause: '"col" is missing in the order
				// by clause array.'
				throw new MauticQueryException("\"col\" is missing in the order by clause array.");
			}
			JsonNode dir = clause.get("dir");
			String direction = (dir == null || dir.isContainer() || QueryParameters.isEmpty(dir.asString())) ? "ASC"
					: dir.asString();
			terms.add(new Term(QueryParameters.alphanum(col.asString(), "_."), descending(direction)));
		}
		return terms;
	}

	private static boolean descending(String direction) {
		String sanitized = QueryParameters.alphanum(direction, "").toUpperCase(Locale.ROOT);
		return switch (sanitized) {
			case "", "ASC" -> false;
			case "DESC" -> true;
			default -> throw new MauticQueryException("Unknown order direction [" + direction + "]");
		};
	}

}
