package org.mauticapi.php;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * PHP 8.2's {@code (int)} cast, which is how Mautic reads many numbers a client sends
 * ({@code reason} and {@code channelId} of a do-not-contact, the timeline's {@code page}
 * and {@code limit}): the leading number of a text, after PHP's whitespace, with a
 * fraction or an exponent ({@code "1e3"} is 1000, {@code "2.9"} is 2), capped at the
 * 64-bit range, and 0 when there is none (or it is infinite). Pinned by a table PHP
 * itself wrote ({@code php/php-int-table.jsonl} in the tests).
 */
public final class PhpCast {

	// Linear: no nested quantifier, so a text of any length is read without backtracking
	// or recursion.
	private static final Pattern LEADING_NUMBER = Pattern
		.compile("[ \\t\\n\\r\\x0B\\f]*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)");

	private PhpCast() {
	}

	/**
	 * {@code (int) $text}.
	 * @param text the text
	 * @return its value as PHP reads it
	 */
	public static long toInt(String text) {
		Matcher matcher = LEADING_NUMBER.matcher(text);
		if (!matcher.lookingAt()) {
			return 0;
		}
		String number = matcher.group(1);
		if (number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0) {
			try {
				return Long.parseLong(number);
			}
			catch (NumberFormatException ex) {
				// PHP reads an integer beyond the range as a float, which the cast caps
				return number.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
			}
		}
		return toInt(Double.parseDouble(number));
	}

	/**
	 * {@code (int) $value} of a float: truncated toward zero, capped at the 64-bit range,
	 * 0 when infinite or NaN.
	 * @param value the float
	 * @return the integer
	 */
	public static long toInt(double value) {
		// Java's cast caps a finite value as PHP does; PHP makes infinity and NaN 0.
		return Double.isFinite(value) ? (long) value : 0;
	}

	/**
	 * {@code (int) $value} of a decoded JSON value or request variable: null and an empty
	 * array are 0, a non-empty array 1, booleans 0 or 1, numbers truncated, texts as
	 * {@link #toInt(String)}.
	 * @param value the value, or null when absent
	 * @return the integer
	 */
	public static long toInt(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return 0;
		}
		if (value.isBoolean()) {
			return value.asBoolean() ? 1 : 0;
		}
		if (value.isIntegralNumber()) {
			return value.canConvertToLong() ? value.asLong() : toInt(value.asDouble());
		}
		if (value.isNumber()) {
			return toInt(value.asDouble());
		}
		if (value.isContainer()) {
			return value.isEmpty() ? 0 : 1;
		}
		return toInt(value.asString());
	}

	/**
	 * {@link #toInt(JsonNode)} narrowed to a Java {@code int}, capped, for values that
	 * Mautic then uses as one (a page size, an enumeration's code).
	 * @param value the value, or null when absent
	 * @return the integer
	 */
	public static int toInt32(@Nullable JsonNode value) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, toInt(value)));
	}

}
