package org.mauticapi.sandbox.search;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A MySQL {@code LIKE} pattern: {@code %} any run, {@code _} one character, {@code \}
 * escapes; matched without case or accents as Mautic's collation does.
 */
final class LikePattern {

	private final Pattern regex;

	private LikePattern(Pattern regex) {
		this.regex = regex;
	}

	static LikePattern of(String pattern) {
		String folded = SqlValues.fold(pattern);
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c == '\\' && i + 1 < folded.length()) {
				literal.append(folded.charAt(++i));
			}
			else if (c == '%' || c == '_') {
				flush(regex, literal);
				regex.append((c == '%') ? ".*" : ".");
			}
			else {
				literal.append(c);
			}
		}
		flush(regex, literal);
		return new LikePattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
	}

	private static void flush(StringBuilder regex, StringBuilder literal) {
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
			literal.setLength(0);
		}
	}

	/**
	 * {@code value LIKE pattern}: UNKNOWN for NULL, numbers compared through their text.
	 */
	Truth matches(@Nullable Object value) {
		String text = SqlValues.text(value);
		if (text == null) {
			return Truth.UNKNOWN;
		}
		return Truth.of(this.regex.matcher(SqlValues.fold(text)).matches());
	}

}
