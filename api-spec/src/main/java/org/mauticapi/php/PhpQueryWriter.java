package org.mauticapi.php;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PhpArray} as a query string or form body that PHP reads back as exactly
 * that array: every key spelled out in brackets ({@code tags[0]=a}, never
 * {@code tags[]=a}), every byte but the unreserved ones percent-encoded, pairs in the
 * array's order. What the gateway forwards is this spelling of what it checked, so that
 * no other spelling can make PHP read something the check did not see.
 */
public final class PhpQueryWriter {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PhpQueryWriter() {
	}

	/**
	 * The query string (without {@code ?}) or form body of an array.
	 * @param values the array; an empty nested array cannot be written and is left out,
	 * as PHP never reads one
	 * @return the encoded pairs, joined by {@code &}
	 * @throws IllegalArgumentException when a key could not be read back as itself (a
	 * top-level name with a dot, a space or a bracket, a key with {@code ]}, an empty
	 * key)
	 */
	public static String write(PhpArray values) {
		StringBuilder out = new StringBuilder();
		for (Map.Entry<String, String> pair : pairs(values)) {
			if (out.length() > 0) {
				out.append('&');
			}
			encode(pair.getKey(), out);
			out.append('=');
			encode(pair.getValue(), out);
		}
		return out.toString();
	}

	/**
	 * The name and value of each scalar in an array, in order, before encoding:
	 * {@code where[0][col]} and {@code email}. A client that encodes them itself (a
	 * generated API client) sends what {@link #write} would.
	 * @param values the array
	 * @return the pairs
	 * @throws IllegalArgumentException when a key could not be read back as itself
	 */
	public static List<Map.Entry<String, String>> pairs(PhpArray values) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		values.entries().forEach((key, value) -> pairs(topLevelName(key), value, pairs));
		return pairs;
	}

	private static void pairs(String name, Object value, List<Map.Entry<String, String>> into) {
		if (value instanceof PhpArray array) {
			array.entries().forEach((key, item) -> pairs(name + "[" + nestedKey(key) + "]", item, into));
		}
		else {
			into.add(Map.entry(name, (String) value));
		}
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
		if (name.isEmpty() || name.equals(" ") || name.indexOf(']') >= 0 || name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("PHP cannot read a key '" + name + "' back as itself");
		}
		return name;
	}

	/**
	 * Percent-encodes text as UTF-8, leaving only RFC 3986's unreserved characters as
	 * they are.
	 * @param text the text
	 * @param out where to write it
	 */
	public static void encode(String text, StringBuilder out) {
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
