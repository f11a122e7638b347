package org.mauticapi.sandbox.search;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How MySQL (utf8mb4_unicode_ci, Mautic's collation) sees stored values: numbers compare
 * as numbers, text compares without case or accents, and a string compared with a number
 * is read as its leading number (or 0).
 */
final class SqlValues {

	private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*[+-]?\\d+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private SqlValues() {
	}

	/**
	 * The text MySQL would produce for a stored value: {@code 8200} for 8200.0, {@code 1}
	 * for true.
	 */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				return Long.toString((long) number);
			}
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	static boolean isNumeric(@Nullable Object value) {
		return value instanceof Number || value instanceof Boolean;
	}

	static double number(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof Boolean bool) {
			return bool ? 1 : 0;
		}
		return leadingNumber(value.toString());
	}

	/**
	 * MySQL's string-to-number cast: the leading number, {@code 0} when there is none.
	 */
	static double leadingNumber(String text) {
		Matcher matcher = LEADING_NUMBER.matcher(text);
		return matcher.find() ? Double.parseDouble(matcher.group().trim()) : 0;
	}

	/** PHP's {@code intval}: the leading integer, {@code 0} when there is none. */
	static long intval(String text) {
		Matcher matcher = LEADING_INTEGER.matcher(text);
		if (!matcher.find()) {
			return 0;
		}
		try {
			return Long.parseLong(matcher.group().trim().replace("+", ""));
		}
		catch (NumberFormatException ex) {
			return matcher.group().trim().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
	}

	/** Text as the collation compares it in LIKE: no case, no accents. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Text as the collation compares it with {@code =} and {@code <}: also ignoring
	 * trailing spaces (PAD SPACE).
	 */
	static String key(String text) {
		String folded = fold(text);
		int end = folded.length();
		while (end > 0 && folded.charAt(end - 1) == ' ') {
			end--;
		}
		return folded.substring(0, end);
	}

	/**
	 * Compares a stored value with a request value; {@code null} when the stored value is
	 * NULL.
	 */
	static @Nullable Integer compare(@Nullable Object stored, String operand) {
		if (stored == null) {
			return null;
		}
		if (isNumeric(stored)) {
			return Double.compare(number(stored), leadingNumber(operand));
		}
		return key(String.valueOf(text(stored))).compareTo(key(operand));
	}

	/** The order of two stored values in ORDER BY ascending: NULL first. */
	static int order(@Nullable Object left, @Nullable Object right) {
		if (left == null || right == null) {
			return (left == null) ? ((right == null) ? 0 : -1) : 1;
		}
		if (isNumeric(left) && isNumeric(right)) {
			return Double.compare(number(left), number(right));
		}
		return key(String.valueOf(text(left))).compareTo(key(String.valueOf(text(right))));
	}

	/**
	 * PHP's {@code FILTER_SANITIZE_SPECIAL_CHARS}, which Mautic's
	 * {@code InputHelper::clean} applies to every {@code where} value: {@code '"<>&} and
	 * control characters become numeric entities.
	 */
	static String htmlEscape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		value.chars().forEach((c) -> {
			if (c == '\'' || c == '"' || c == '<' || c == '>' || c == '&' || c < 32) {
				escaped.append("&#").append(c).append(';');
			}
			else {
				escaped.append((char) c);
			}
		});
		return escaped.toString();
	}

	/** PHP's {@code html_entity_decode} for the entities a request can carry. */
	static String htmlDecode(String value) {
		Matcher matcher = Pattern.compile("&(#(\\d+)|#[xX]([0-9a-fA-F]+)|amp|lt|gt|quot|apos);").matcher(value);
		StringBuilder decoded = new StringBuilder();
		while (matcher.find()) {
			String replacement = switch (matcher.group(1)) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> Character.toString((matcher.group(2) != null) ? Integer.parseInt(matcher.group(2))
						: Integer.parseInt(matcher.group(3), 16));
			};
			matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(decoded);
		return decoded.toString();
	}

}
