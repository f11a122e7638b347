package org.mauticapi.sandbox.segment.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The casts PHP (Mautic) and MySQL apply to filter values and column values:
 * {@code (float)} and {@code (bool)} on the filter, a string's leading number when MySQL
 * compares it with a number, and {@code in} lists given as pipe-joined strings.
 */
final class PhpValues {

	private static final Pattern LEADING_NUMBER = Pattern
		.compile("^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)");

	private PhpValues() {
	}

	/** PHP's {@code (float)} cast: a string's leading number, 0 when there is none. */
	static double toFloat(JsonNode value) {
		if (value.isNumber()) {
			return value.asDouble();
		}
		if (value.isBoolean()) {
			return value.asBoolean() ? 1 : 0;
		}
		if (value.isArray() || value.isObject()) {
			return value.isEmpty() ? 0 : 1;
		}
		return value.isValueNode() ? leadingNumber(value.asString()) : 0;
	}

	/** PHP's {@code (bool)} cast: false for "", "0", 0, an empty array and null. */
	static boolean toBool(JsonNode value) {
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isNumber()) {
			return value.asDouble() != 0;
		}
		if (value.isArray() || value.isObject()) {
			return !value.isEmpty();
		}
		if (value.isNull() || value.isMissingNode()) {
			return false;
		}
		String text = value.asString();
		return !text.isEmpty() && !"0".equals(text);
	}

	/** A column value as MySQL reads it in a numeric comparison; empty for null. */
	static OptionalDouble columnNumber(@Nullable Object value) {
		if (value == null) {
			return OptionalDouble.empty();
		}
		if (value instanceof Boolean bool) {
			return OptionalDouble.of(bool ? 1 : 0);
		}
		if (value instanceof Number number) {
			return OptionalDouble.of(number.doubleValue());
		}
		return OptionalDouble.of(leadingNumber(value.toString()));
	}

	static double leadingNumber(String text) {
		Matcher matcher = LEADING_NUMBER.matcher(text);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	/** A float as PHP prints it: no decimals when integral. */
	static String floatString(double value) {
		return MysqlStrings.of(BigDecimal.valueOf(value));
	}

	/** A scalar filter value as text; arrays and objects have none. */
	static String text(JsonNode value) {
		return value.isValueNode() && !value.isNull() ? value.asString() : "";
	}

	/**
	 * The values of an {@code in}/{@code !in} filter: a list as given, a string split on
	 * {@code |} (Mautic's {@code BaseDecorator::getParameterValue}).
	 */
	static List<String> list(JsonNode value) {
		List<String> values = new ArrayList<>();
		if (value.isArray() || value.isObject()) {
			for (JsonNode item : value.values()) {
				values.add(text(item));
			}
		}
		else if (value.isValueNode() && !value.isNull()) {
			values.addAll(List.of(value.asString().split("\\|", -1)));
		}
		return values;
	}

}
