package org.mauticapi.sandbox.segment.filter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Turns a filter's operator, field type and value into the condition on a column, as
 * Mautic's {@code BaseFilterQueryBuilder} and decorators build it: numbers and booleans
 * compare numerically (the filter cast with PHP's {@code (float)}/{@code (bool)}), dates
 * by date (see {@link DateConditions}), multiselects by their pipe-joined values,
 * everything else as collated text.
 */
final class ColumnConditions {

	private ColumnConditions() {
	}

	/**
	 * The condition, or empty when Mautic could not evaluate the filter (unknown
	 * operator, malformed value): such a filter matches nobody.
	 */
	static Optional<ColumnCondition> of(String operator, String type, JsonNode value, Clock clock) {
		return switch (type) {
			case "date", "datetime" -> DateConditions.of(operator, "datetime".equals(type), value, clock);
			case "number", "lookup_id" -> numeric(operator, value, PhpValues.toFloat(value));
			case "boolean" -> numeric(operator, value, PhpValues.toBool(value) ? 1 : 0);
			case "multiselect" -> multiselect(operator, value);
			default -> text(operator, value);
		};
	}

	/** Empty as Mautic tests it: {@code IS NULL OR = ''}. */
	static boolean blank(Object column) {
		return MysqlStrings.fold(MysqlStrings.of(column)).isEmpty();
	}

	private static Optional<ColumnCondition> numeric(String operator, JsonNode value, double filter) {
		return switch (operator) {
			// MySQL compares a number column with '' numerically, so 0 (and false) counts
			// as empty.
			case "empty" -> Optional.of((column) -> column == null || number(column) == 0);
			case "!empty" -> Optional.of((column) -> column != null && number(column) != 0);
			case "in", "!in" -> numericIn(operator, value);
			case "between", "!between" -> range(operator, value).map((bounds) -> between(operator,
					(column) -> number(column) >= bounds[0] && number(column) <= bounds[1]));
			case "like", "!like", "startsWith", "endsWith", "contains", "regexp", "!regexp" ->
				// Mautic does not adjust number and boolean values (no % added): they are
				// matched as cast.
				textual(operator, PhpValues.floatString(filter));
			default -> compared(operator, (column) -> Double.compare(number(column), filter));
		};
	}

	private static Optional<ColumnCondition> numericIn(String operator, JsonNode value) {
		List<Double> values = PhpValues.list(value).stream().map(PhpValues::leadingNumber).toList();
		ColumnCondition in = (column) -> values.contains(number(column));
		return Optional.of("in".equals(operator) ? ColumnCondition.notNull(in)
				: ColumnCondition.orNull((column) -> !in.test(column)));
	}

	private static Optional<double[]> range(String operator, JsonNode value) {
		if (!value.isArray() || value.size() != 2) {
			return Optional.empty();
		}
		return Optional.of(new double[] { PhpValues.toFloat(value.get(0)), PhpValues.toFloat(value.get(1)) });
	}

	private static double number(Object column) {
		OptionalDouble number = PhpValues.columnNumber(column);
		return number.orElse(0);
	}

	private static Optional<ColumnCondition> multiselect(String operator, JsonNode value) {
		List<String> wanted = PhpValues.list(value).stream().map(MysqlStrings::fold).toList();
		return switch (operator) {
			// Mautic 5 turns in/!in on a multiselect into one REGEXP per value joined
			// with AND: "in" needs every
			// listed value (mautic/mautic#9633), "!in" none of them, and NULL matches
			// neither.
			case "in" -> Optional.of(ColumnCondition.notNull((column) -> values(column).containsAll(wanted)));
			case "!in" ->
				Optional.of(ColumnCondition.notNull((column) -> wanted.stream().noneMatch(values(column)::contains)));
			default -> text(operator, value);
		};
	}

	private static List<String> values(Object column) {
		return List.of(MysqlStrings.of(column).split("\\|", -1)).stream().map(MysqlStrings::fold).toList();
	}

	private static Optional<ColumnCondition> text(String operator, JsonNode value) {
		String filter = PhpValues.text(value);
		return switch (operator) {
			case "empty" -> Optional.of((column) -> column == null || blank(column));
			case "!empty" -> Optional.of((column) -> column != null && !blank(column));
			case "in", "!in" -> textIn(operator, value);
			case "between", "!between" -> textRange(operator, value);
			// Mautic wraps a like value without % in %...%
			// (BaseDecorator::getParameterValue).
			case "like", "!like" -> textual(operator, filter.contains("%") ? filter : "%" + filter + "%");
			case "startsWith" -> textual("like", filter + "%");
			case "endsWith" -> textual("like", "%" + filter);
			case "contains" -> textual("like", "%" + filter + "%");
			case "regexp", "!regexp" -> textual(operator, filter);
			default -> compared(operator, (column) -> MysqlStrings.compare(MysqlStrings.of(column), filter));
		};
	}

	private static Optional<ColumnCondition> textIn(String operator, JsonNode value) {
		List<String> values = PhpValues.list(value);
		ColumnCondition in = (column) -> values.stream()
			.anyMatch((candidate) -> MysqlStrings.equal(MysqlStrings.of(column), candidate));
		return Optional.of("in".equals(operator) ? ColumnCondition.notNull(in)
				: ColumnCondition.orNull((column) -> !in.test(column)));
	}

	private static Optional<ColumnCondition> textRange(String operator, JsonNode value) {
		if (!value.isArray() || value.size() != 2) {
			return Optional.empty();
		}
		String low = PhpValues.text(value.get(0));
		String high = PhpValues.text(value.get(1));
		return Optional.of(between(operator, (column) -> MysqlStrings.compare(MysqlStrings.of(column), low) >= 0
				&& MysqlStrings.compare(MysqlStrings.of(column), high) <= 0));
	}

	/**
	 * LIKE and REGEXP on the column's text with the pattern as given. Mautic adds
	 * {@code OR IS NULL} to !like but not to !regexp (BaseFilterQueryBuilder keeps that
	 * for backward compatibility).
	 */
	static Optional<ColumnCondition> textual(String operator, String pattern) {
		return switch (operator) {
			case "like", "startsWith", "endsWith", "contains" ->
				Optional.of(ColumnCondition.notNull((column) -> MysqlStrings.like(MysqlStrings.of(column), pattern)));
			case "!like" ->
				Optional.of(ColumnCondition.orNull((column) -> !MysqlStrings.like(MysqlStrings.of(column), pattern)));
			case "regexp" -> MysqlStrings.regexp(pattern).map(ColumnConditions::regexp);
			case "!regexp" -> MysqlStrings.regexp(pattern)
				.map((regex) -> ColumnCondition.notNull((column) -> !regex.matcher(MysqlStrings.of(column)).find()));
			default -> Optional.empty();
		};
	}

	private static ColumnCondition regexp(Pattern regex) {
		return ColumnCondition.notNull((column) -> regex.matcher(MysqlStrings.of(column)).find());
	}

	static ColumnCondition between(String operator, ColumnCondition inRange) {
		return "between".equals(operator) ? ColumnCondition.notNull(inRange)
				: ColumnCondition.orNull((column) -> !inRange.test(column));
	}

	/**
	 * The comparison operators, given how the column compares with the filter value; !=
	 * also matches NULL, !gt and !lt (Mautic's notGt/notLt, a NOT EXISTS) match neither
	 * NULL nor the compared side.
	 */
	static Optional<ColumnCondition> compared(String operator, ToIntFunction<Object> comparison) {
		ColumnCondition condition = switch (operator) {
			case "=" -> (column) -> comparison.applyAsInt(column) == 0;
			case "!=" -> (column) -> comparison.applyAsInt(column) != 0;
			case "gt" -> (column) -> comparison.applyAsInt(column) > 0;
			case "gte" -> (column) -> comparison.applyAsInt(column) >= 0;
			case "lt" -> (column) -> comparison.applyAsInt(column) < 0;
			case "lte" -> (column) -> comparison.applyAsInt(column) <= 0;
			case "!gt" -> (column) -> comparison.applyAsInt(column) <= 0;
			case "!lt" -> (column) -> comparison.applyAsInt(column) >= 0;
			default -> null;
		};
		if (condition == null) {
			return Optional.empty();
		}
		return Optional
			.of("!=".equals(operator) ? ColumnCondition.orNull(condition) : ColumnCondition.notNull(condition));
	}

}
