package org.mauticapi.php;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A PHP array as PHP builds one from request input ({@code $_GET}, {@code $_POST},
 * {@code parse_str}): an ordered map whose keys are integers ({@link Long}) or strings,
 * and whose values are strings or further arrays.
 *
 * <p>
 * It keeps PHP's rules where they decide what Mautic reads: a key that is a canonical
 * decimal integer ({@code "7"}, {@code "-3"}, but not {@code "07"} or {@code "+3"}) is
 * the integer; updating an existing key keeps its position; appending ({@code name[]})
 * takes the next integer after the largest one ever inserted.
 */
public final class PhpArray {

	private final LinkedHashMap<Object, Object> entries = new LinkedHashMap<>();

	// PHP's nNextFreeElement: unset (the next append is 0) until an integer key is
	// inserted, then one more than the
	// largest inserted, negative ones included ({@code a[-5]=x&a[]=y} gives -5 and -4 on
	// the PHP 8.2 Mautic runs on).
	private long nextFree = Long.MIN_VALUE;

	private boolean nextFreeExhausted;

	/**
	 * The key PHP uses for a string: the integer when the string is a canonical decimal
	 * integer in the 64-bit range, the string itself otherwise.
	 * @param text the key as written
	 * @return a {@link Long} or the {@link String}
	 */
	public static Object key(String text) {
		int length = text.length();
		if (length == 0 || length > 20) {
			return text;
		}
		int start = (text.charAt(0) == '-') ? 1 : 0;
		if (start == length || (text.charAt(start) == '0' && length > start + 1) || (start == 1 && text.equals("-0"))) {
			return text;
		}
		for (int i = start; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return text;
			}
		}
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	/**
	 * The value under a key.
	 * @param key a {@link Long} or a {@link String} (a numeric string is looked up as its
	 * integer)
	 * @return a {@link String}, a {@link PhpArray}, or null
	 */
	public @Nullable Object get(Object key) {
		return this.entries.get(normalised(key));
	}

	/**
	 * Sets a key's value, keeping the key's position when it is already there.
	 * @param key a {@link Long} or a {@link String}
	 * @param value a {@link String} or a {@link PhpArray}
	 */
	public void put(Object key, Object value) {
		Object normalised = normalised(key);
		requireValue(value);
		this.entries.put(normalised, value);
		if (normalised instanceof Long index && index >= this.nextFree && !this.nextFreeExhausted) {
			if (index == Long.MAX_VALUE) {
				this.nextFreeExhausted = true;
			}
			else {
				this.nextFree = index + 1;
			}
		}
	}

	/**
	 * Appends a value under the next free integer key, as {@code name[]} does.
	 * @param value a {@link String} or a {@link PhpArray}
	 * @return whether it was appended: PHP refuses once the largest integer key has been
	 * used
	 */
	public boolean append(Object value) {
		if (this.nextFreeExhausted) {
			return false;
		}
		put((this.nextFree == Long.MIN_VALUE) ? 0L : this.nextFree, value);
		return true;
	}

	/**
	 * Removes a key.
	 * @param key a {@link Long} or a {@link String}
	 */
	public void remove(Object key) {
		this.entries.remove(normalised(key));
	}

	/**
	 * @return the number of entries
	 */
	public int size() {
		return this.entries.size();
	}

	/**
	 * @return whether the array has no entries
	 */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/**
	 * The entries in PHP's order.
	 * @return keys ({@link Long} or {@link String}) with their values ({@link String} or
	 * {@link PhpArray}), read-only
	 */
	public Map<Object, Object> entries() {
		return Collections.unmodifiableMap(this.entries);
	}

	/**
	 * Whether the keys are 0, 1, ... n-1 in that order, which PHP's {@code json_encode}
	 * writes as a JSON list.
	 * @return whether the array is a list
	 */
	public boolean isList() {
		long expected = 0;
		for (Object key : this.entries.keySet()) {
			if (!(key instanceof Long index) || index != expected++) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The values of a list, or of any array, in order.
	 * @return the values
	 */
	public List<Object> values() {
		return new ArrayList<>(this.entries.values());
	}

	private static Object normalised(Object key) {
		if (key instanceof String text) {
			return key(text);
		}
		if (key instanceof Integer number) {
			return number.longValue();
		}
		if (key instanceof Long) {
			return key;
		}
		throw new IllegalArgumentException("A PHP array key is an integer or a string, not " + key.getClass());
	}

	private static void requireValue(Object value) {
		if (!(value instanceof String) && !(value instanceof PhpArray)) {
			throw new IllegalArgumentException("A PHP input value is a string or an array, not " + value);
		}
	}

	@Override
	public boolean equals(Object other) {
		// Order is part of a PHP array's value: what Mautic iterates, it iterates in this
		// order.
		return other instanceof PhpArray array
				&& new ArrayList<>(this.entries.entrySet()).equals(new ArrayList<>(array.entries.entrySet()));
	}

	@Override
	public int hashCode() {
		return Objects.hash(new ArrayList<>(this.entries.entrySet()));
	}

	@Override
	public String toString() {
		return this.entries.toString();
	}

}
