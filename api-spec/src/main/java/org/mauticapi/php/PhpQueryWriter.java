package org.mauticapi.php;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link PhpArray} as a query string or form body that PHP reads back as exactly that array: every key
 * spelled out in brackets ({@code tags[0]=a}, never {@code tags[]=a}), every byte but the unreserved ones
 * percent-encoded, pairs in the array's order. What the gateway forwards is this spelling of what it checked, so that
 * no other spelling can make PHP read something the check did not see.
 */
public final class PhpQueryWriter {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PhpQueryWriter() {
	}

	/**
	 * The query string (without {@code ?}) or form body of an array.
	 * @param values the array; an empty nested array cannot be written and is left out, as PHP never reads one
	 * @return the encoded pairs, joined by {@code &}
	 * @throws IllegalArgumentException when a key could not be read back as itself (a top-level name with a dot, a
	 * space or a bracket, a key with {@code ]}, an empty key)
	 */
	public static String write(PhpArray values) {
		StringBuilder out = new StringBuilder();
		for (Map.Entry<Object, Object> entry : values.entries().entrySet()) {
			String name = topLevelName(entry.getKey());
			StringBuilder prefix = new StringBuilder();
			encode(name, prefix);
			write(prefix, entry.getValue(), out);
		}
		return out.toString();
	}

	private static void write(StringBuilder name, Object value, StringBuilder out) {
		if (value instanceof PhpArray array) {
			for (Map.Entry<Object, Object> entry : array.entries().entrySet()) {
				StringBuilder nested = new StringBuilder(name).append("%5B");
				encode(nestedKey(entry.getKey()), nested);
				nested.append("%5D");
				write(nested, entry.getValue(), out);
			}
			return;
		}
		if (out.length() > 0) {
			out.append('&');
		}
		out.append(name).append('=');
		encode((String) value, out);
	}

	private static String topLevelName(Object key) {
		String name = String.valueOf(key);
		if (name.isEmpty() || name.charAt(0) == ' ' || name.indexOf('.') >= 0 || name.indexOf(' ') >= 0
				|| name.indexOf('[') >= 0 || name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("PHP cannot read a top-level name '" + name + "' back as itself");
		}
		return name;
	}

	private static String nestedKey(Object key) {
		String name = String.valueOf(key);
		if (name.isEmpty() || name.equals(" ") || name.indexOf(']') >= 0
				|| name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("PHP cannot read a key '" + name + "' back as itself");
		}
		return name;
	}

	/**
	 * Percent-encodes text as UTF-8, leaving only RFC 3986's unreserved characters as they are.
	 * @param text the text
	 * @param out where to write it
	 */
	static void encode(String text, StringBuilder out) {
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_'
					|| b == '.' || b == '~') {
				out.append((char) b);
			}
			else {
				out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
		}
	}

}
