package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compiles {@code where[i][col|expr|val]} the way Mautic's
 * {@code CommonRepository::buildWhereClauseFromArray} does. Values arrive HTML-escaped
 * ({@code InputHelper::cleanArray}), so a value holding {@code ' " & < >} never matches
 * in {@code eq} or {@code like}; {@code in}/{@code notIn} decode them again. An unknown
 * {@code expr} (or a {@code between} without two values) produces no condition, so its
 * column is never checked either.
 */
final class WhereClauses {

	private static final Set<String> COMPARISONS = Set.of("eq", "neq", "lt", "lte", "gt", "gte", "like", "notLike");

	private WhereClauses() {
	}

	static <T> List<Condition<T>> compile(@Nullable JsonNode where, ColumnResolver<T> columns) {
		if (where == null) {
			return List.of();
		}
		if (!where.isContainer()) {
			// Recording 231 (where=email=ada): Mautic indexes into the string and fails.
			throw new MauticQueryException("where must be an array of clauses");
		}
		return clauses(where, columns);
	}

	private static <T> List<Condition<T>> clauses(JsonNode clauses, ColumnResolver<T> columns) {
		List<Condition<T>> conditions = new ArrayList<>();
		for (JsonNode clause : clauses.values()) {
			if (!clause.isObject()) {
				throw new MauticQueryException("A where clause must be an array");
			}
			if (clause.has("internal")) {
				// FetchCommonApiController::sanitizeWhereClauseArrayFromRequest drops
				// "internal" (raw SQL) clauses.
				continue;
			}
			Condition<T> condition = clause(clause, columns);
			if (condition != null) {
				conditions.add(condition);
			}
		}
		return conditions;
	}

	private static <T> @Nullable Condition<T> clause(JsonNode clause, ColumnResolver<T> columns) {
		String expr = scalar(clause, "expr");
		if ("andX".equals(expr) || "orX".equals(expr)) {
			JsonNode val = clause.get("val");
			List<Condition<T>> parts = (val != null && val.isContainer()) ? clauses(val, columns) : List.of();
			if (parts.isEmpty()) {
				return null;
			}
			return "andX".equals(expr) ? Condition.all(parts) : Condition.any(parts);
		}
		if (QueryParameters.isEmpty(expr)) {
			throw new MauticQueryException("\"expr\" is missing in the where clause array.");
		}
		String col = clause.has("column") ? scalar(clause, "column") : scalar(clause, "col");
		if (QueryParameters.isEmpty(col)) {
			throw new MauticQueryException("\"col\" is missing in the where clause array.");
		}
		JsonNode val = clause.has("value") ? clause.get("value") : clause.get("val");
		return condition(QueryParameters.alphanum(expr, ""), col, val, columns);
	}

	private static <T> @Nullable Condition<T> condition(String expr, String col, @Nullable JsonNode val,
			ColumnResolver<T> columns) {
		return switch (expr) {
			case "between", "notBetween" -> between(expr, col, val, columns);
			case "isEmpty" -> emptiness(columns.whereColumn(col), true);
			case "isNotEmpty" -> emptiness(columns.whereColumn(col), false);
			case "in", "notIn" -> in("in".equals(expr), columns.whereColumn(col), text(val));
			case "isNull" -> nullness(columns.whereColumn(col), true);
			case "isNotNull" -> nullness(columns.whereColumn(col), false);
			default -> COMPARISONS.contains(expr)
					? comparison(expr, columns.whereColumn(col), SqlValues.htmlEscape(text(val))) : null;
		};
	}

	private static <T> Condition<T> comparison(String expr, Function<T, @Nullable Object> column, String value) {
		return switch (expr) {
			case "like" -> like(column, LikePattern.of(value));
			case "notLike" -> like(column, LikePattern.of(value)).negate();
			case "eq" -> compare(column, value, (c) -> c == 0);
			case "neq" -> compare(column, value, (c) -> c != 0);
			case "lt" -> compare(column, value, (c) -> c < 0);
			case "lte" -> compare(column, value, (c) -> c <= 0);
			case "gt" -> compare(column, value, (c) -> c > 0);
			default -> compare(column, value, (c) -> c >= 0);
		};
	}

	static <T> Condition<T> compare(Function<T, @Nullable Object> column, String value, IntPredicate outcome) {
		return (item) -> {
			Integer comparison = SqlValues.compare(column.apply(item), value);
			return (comparison == null) ? Truth.UNKNOWN : Truth.of(outcome.test(comparison));
		};
	}

	static <T> Condition<T> like(Function<T, @Nullable Object> column, LikePattern pattern) {
		return (item) -> pattern.matches(column.apply(item));
	}

	private static <T> Condition<T> nullness(Function<T, @Nullable Object> column, boolean isNull) {
		return (item) -> Truth.of((column.apply(item) == null) == isNull);
	}

	private static <T> Condition<T> emptiness(Function<T, @Nullable Object> column, boolean isEmpty) {
		Condition<T> blank = compare(column, "", (c) -> c == 0);
		Condition<T> isNull = nullness(column, true);
		if (isEmpty) {
			return (item) -> blank.test(item).or(isNull.test(item));
		}
		return (item) -> blank.test(item).not().and(isNull.test(item).not());
	}

	private static <T> @Nullable Condition<T> between(String expr, String col, @Nullable JsonNode val,
			ColumnResolver<T> columns) {
		if (val == null || !val.isContainer() || val.size() != 2) {
			// Recording 219: a scalar value is silently ignored.
			return null;
		}
		String low = bound(val, 0);
		String high = bound(val, 1);
		Function<T, @Nullable Object> column = columns.whereColumn(col);
		Condition<T> inside = (item) -> {
			if (low == null || high == null) {
				return Truth.UNKNOWN;
			}
			Integer fromLow = SqlValues.compare(column.apply(item), low);
			Integer fromHigh = SqlValues.compare(column.apply(item), high);
			return (fromLow == null || fromHigh == null) ? Truth.UNKNOWN : Truth.of(fromLow >= 0 && fromHigh <= 0);
		};
		return "between".equals(expr) ? inside : inside.negate();
	}

	private static @Nullable String bound(JsonNode val, int index) {
		JsonNode bound = val.isArray() ? val.get(index) : val.get(String.valueOf(index));
		if (bound == null) {
			return null;
		}
		if (bound.isContainer()) {
			throw new MauticQueryException("A between bound must be a scalar");
		}
		return SqlValues.htmlEscape(bound.asString());
	}

	private static <T> Condition<T> in(boolean in, Function<T, @Nullable Object> column, String value) {
		// CommonRepository: str_getcsv(html_entity_decode(val)); one value becomes
		// eq/neq, str_getcsv('') a NULL.
		List<String> values = Csv.split(value);
		return (item) -> {
			Object stored = column.apply(item);
			if (stored == null || values.isEmpty()) {
				return Truth.UNKNOWN;
			}
			boolean found = values.stream()
				.anyMatch((candidate) -> Integer.valueOf(0).equals(SqlValues.compare(stored, candidate)));
			return Truth.of(found == in);
		};
	}

	private static String text(@Nullable JsonNode val) {
		if (val == null || val.isNull()) {
			return "";
		}
		if (val.isContainer()) {
			// Recording 215: where[0][val][]=... for "in" makes html_entity_decode() fail
			// on an array.
			throw new MauticQueryException("A where value must be a scalar");
		}
		return val.asString();
	}

	private static @Nullable String scalar(JsonNode clause, String key) {
		JsonNode node = clause.get(key);
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isContainer()) {
			throw new MauticQueryException("Where clause [" + key + "] must be a scalar");
		}
		return node.asString();
	}

	/**
	 * PHP's {@code str_getcsv} with {@code ,} and {@code "}: the pieces of a
	 * comma-separated value.
	 */
	static final class Csv {

		private Csv() {
		}

		static List<String> split(String value) {
			if (value.isEmpty()) {
				return List.of();
			}
			List<String> pieces = new ArrayList<>();
			StringBuilder piece = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					if (quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
						piece.append('"');
						i++;
					}
					else {
						quoted = !quoted;
					}
				}
				else if (c == ',' && !quoted) {
					pieces.add(piece.toString());
					piece.setLength(0);
				}
				else {
					piece.append(c);
				}
			}
			pieces.add(piece.toString());
			return pieces;
		}

	}

}
