package org.mauticapi.sandbox.segment.filter;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * String comparisons as MySQL/MariaDB make them under Mautic's {@code utf8mb4_unicode_ci}
 * collation: case- and accent-insensitive, trailing spaces ignored; LIKE with {@code %},
 * {@code _} and backslash escapes; REGEXP as an unanchored, case-insensitive search.
 */
final class MysqlStrings {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private MysqlStrings() {
	}

	/**
	 * The collation key: equal keys mean equal strings under the collation (an
	 * approximation of UCA).
	 */
	static String fold(String text) {
		String stripped = Normalizer.normalize(text, Normalizer.Form.NFD);
		stripped = MARKS.matcher(stripped).replaceAll("");
		int end = stripped.length();
		while (end > 0 && stripped.charAt(end - 1) == ' ') {
			end--;
		}
		return stripped.substring(0, end).toLowerCase(Locale.ROOT);
	}

	static boolean equal(String left, String right) {
		return fold(left).equals(fold(right));
	}

	static int compare(String left, String right) {
		return fold(left).compareTo(fold(right));
	}

	/**
	 * A column value as MySQL turns it into a string: booleans as 1/0, integral numbers
	 * without decimals.
	 */
	static String of(Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
			BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
			return (decimal.scale() <= 0) ? decimal.toBigInteger().toString() : decimal.toPlainString();
		}
		return value.toString();
	}

	static boolean like(String text, String pattern) {
		return likePattern(fold(pattern)).matcher(fold(text)).matches();
	}

	private static Pattern likePattern(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\' && i + 1 < pattern.length()) {
				i++;
				regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
			}
			else if (c == '%') {
				regex.append(".*");
			}
			else if (c == '_') {
				regex.append('.');
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	/**
	 * Compiles a REGEXP pattern; Mautic's {@code RegexTrait::prepareRegex} first turns
	 * doubled backslashes into single ones.
	 * @return the pattern, or empty when the database would refuse it
	 */
	static Optional<Pattern> regexp(String pattern) {
		try {
			return Optional
				.of(Pattern.compile(pattern.replace("\\\\", "\\"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
		}
		catch (PatternSyntaxException ex) {
			return Optional.empty();
		}
	}

}
