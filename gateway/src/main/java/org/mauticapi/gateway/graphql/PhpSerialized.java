package org.mauticapi.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Decodes what PHP's {@code serialize()} wrote ({@code a:1:{s:4:"list";a:0:{}}}) into
 * JSON values: arrays with the keys 0..n-1 become lists, other arrays maps, and strings,
 * numbers, booleans and null what they are. Objects are not decoded (Mautic does not
 * store them in these columns); a value that is not a serialised one is refused.
 */
final class PhpSerialized {

	private final byte[] text;

	private int position;

	private PhpSerialized(String text) {
		this.text = text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The decoded value.
	 * @param serialised PHP's serialisation
	 * @return maps, lists and scalars
	 * @throws IllegalArgumentException when the text is not a serialised value this
	 * decodes
	 */
	static @Nullable Object decode(String serialised) {
		PhpSerialized reader = new PhpSerialized(serialised);
		Object value = reader.value(0);
		if (reader.position != reader.text.length) {
			throw new IllegalArgumentException("Text after the serialised value at " + reader.position);
		}
		return value;
	}

	private @Nullable Object value(int depth) {
		if (depth > 32) {
			throw new IllegalArgumentException("Nested too deeply");
		}
		char type = (char) next();
		if (type == 'N') {
			expect(';');
			return null;
		}
		expect(':');
		return switch (type) {
			case 'b' -> "1".equals(until(';'));
			case 'i' -> Long.parseLong(until(';'));
			case 'd' -> Double.parseDouble(until(';'));
			case 's' -> string();
			case 'a' -> array(depth);
			default -> throw new IllegalArgumentException("Unsupported type " + type);
		};
	}

	// s:<bytes>:"<bytes>"; the length is in bytes of the UTF-8 text.
	private String string() {
		int length = Integer.parseInt(until(':'));
		expect('"');
		if (length < 0 || this.position + length > this.text.length) {
			throw new IllegalArgumentException("String length out of range");
		}
		String value = new String(this.text, this.position, length, StandardCharsets.UTF_8);
		this.position += length;
		expect('"');
		expect(';');
		return value;
	}

	private Object array(int depth) {
		int size = Integer.parseInt(until(':'));
		expect('{');
		Map<String, Object> entries = new LinkedHashMap<>();
		boolean list = true;
		for (int i = 0; i < size; i++) {
			Object key = value(depth + 1);
			list &= key instanceof Long index && index == i;
			entries.put(String.valueOf(key), value(depth + 1));
		}
		expect('}');
		return list ? new ArrayList<>(entries.values()) : entries;
	}

	private String until(char end) {
		int start = this.position;
		while (this.position < this.text.length && this.text[this.position] != end) {
			this.position++;
		}
		String token = new String(this.text, start, this.position - start, StandardCharsets.US_ASCII);
		expect(end);
		return token;
	}

	private int next() {
		if (this.position >= this.text.length) {
			throw new IllegalArgumentException("Unexpected end");
		}
		return this.text[this.position++];
	}

	private void expect(char expected) {
		if (next() != expected) {
			throw new IllegalArgumentException("Expected " + expected + " at " + (this.position - 1));
		}
	}

}
