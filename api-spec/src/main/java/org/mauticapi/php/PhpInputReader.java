package org.mauticapi.php;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.mauticapi.php.PhpInput.Kind;
import org.mauticapi.php.PhpInput.Problem;

/**
 * Reads a query string or a form body exactly as PHP 8.2 does
 * ({@code main/php_variables.c}): the pairs in order, the last of a name winning,
 * {@code +} and {@code %XX} decoded, dots and spaces in a top-level name read as
 * {@code _}, an unclosed {@code [} read as {@code _}, the bytes after a {@code ]} that
 * does not open another {@code [} ignored, a variable nested past
 * {@code max_input_nesting_level} dropped with its whole top-level name, and reading
 * stopped after {@code max_input_vars} variables.
 *
 * <p>
 * Each departure from what the sender wrote is reported as a {@link Problem}, so that a
 * caller can refuse what PHP would silently misread. Works in loops over the bytes, never
 * recursing, so that an attacker's input size decides only the time taken, linearly.
 */
public final class PhpInputReader {

	/**
	 * Where the input comes from: PHP reads the two alike, but counts and splits them
	 * slightly differently.
	 */
	public enum Source {

		/**
		 * A query string ({@code $_GET}), or a form body that Symfony reads with
		 * {@code parse_str} (PUT, PATCH and DELETE): empty pairs are skipped, reading
		 * stops at a NUL byte.
		 */
		QUERY_STRING,

		/**
		 * A form-encoded POST body ({@code $_POST}): every {@code &}-separated piece
		 * counts, NUL bytes included.
		 */
		POST_FORM

	}

	private final PhpInputLimits limits;

	public PhpInputReader(PhpInputLimits limits) {
		this.limits = limits;
	}

	/**
	 * Reads a raw (still percent-encoded) query string.
	 * @param rawQuery the query string without {@code ?}; characters up to U+00FF stand
	 * for the byte of that value, as an HTTP server hands over a request line
	 * @return what PHP reads
	 */
	public PhpInput readQuery(@Nullable String rawQuery) {
		return read((rawQuery != null) ? latin1(rawQuery) : new byte[0], Source.QUERY_STRING);
	}

	/**
	 * Reads decoded name and value pairs, in order, as PHP reads the query string that
	 * spells them out.
	 * @param pairs the names ({@code where[0][col]}) with their values, each name's
	 * values in order
	 * @return what PHP reads
	 */
	public PhpInput readPairs(Map<String, List<String>> pairs) {
		StringBuilder query = new StringBuilder();
		pairs.forEach((name, values) -> values.forEach((value) -> {
			if (query.length() > 0) {
				query.append('&');
			}
			PhpQueryWriter.encode(name, query);
			query.append('=');
			PhpQueryWriter.encode(value, query);
		}));
		return read(query.toString().getBytes(StandardCharsets.US_ASCII), Source.QUERY_STRING);
	}

	/**
	 * Reads raw input bytes.
	 * @param raw the bytes, still percent-encoded
	 * @param source where they come from
	 * @return what PHP reads
	 */
	public PhpInput read(byte[] raw, Source source) {
		Reading reading = new Reading(this.limits);
		if (source == Source.QUERY_STRING) {
			readQueryString(raw, reading);
		}
		else {
			readPostForm(raw, reading);
		}
		return new PhpInput(reading.root, reading.variables, reading.problems);
	}

	// php_default_treat_data: strtok on '&' skips empty pieces; the C string ends at the
	// first NUL byte.
	private void readQueryString(byte[] raw, Reading reading) {
		int end = indexOf(raw, (byte) 0, 0, raw.length);
		if (end == -1) {
			end = raw.length;
		}
		else {
			reading.problem(Kind.DROPPED, "query", "holds a NUL byte: PHP reads nothing after it");
		}
		int start = 0;
		while (start < end) {
			int amp = indexOf(raw, (byte) '&', start, end);
			int pieceEnd = (amp == -1) ? end : amp;
			if (pieceEnd > start) {
				if (++reading.variables > this.limits.maxInputVars()) {
					reading.variables--;
					reading.tooMany("query");
					return;
				}
				pair(raw, start, pieceEnd, reading);
			}
			start = pieceEnd + 1;
		}
	}

	// add_post_vars: every piece up to the last '&' counts, empty ones too; the check
	// comes after the variable is
	// registered, so PHP keeps one more than max_input_vars.
	private void readPostForm(byte[] raw, Reading reading) {
		int start = 0;
		while (start < raw.length) {
			int amp = indexOf(raw, (byte) '&', start, raw.length);
			int pieceEnd = (amp == -1) ? raw.length : amp;
			pair(raw, start, pieceEnd, reading);
			if (++reading.variables > this.limits.maxInputVars()) {
				reading.tooMany("body");
				return;
			}
			start = pieceEnd + 1;
		}
	}

	private void pair(byte[] raw, int start, int end, Reading reading) {
		int equals = indexOf(raw, (byte) '=', start, end);
		byte[] name = urlDecode(raw, start, (equals == -1) ? end : equals);
		byte[] value = (equals == -1) ? new byte[0] : urlDecode(raw, equals + 1, end);
		String written = text(name, name.length);
		String valueText = reading.text(value, written);
		int nul = indexOf(name, (byte) 0, 0, name.length);
		if (nul != -1) {
			reading.problem(Kind.RENAMED, written, "holds a NUL byte: PHP reads the name only up to it");
		}
		new Registration(reading, name, (nul == -1) ? name.length : nul, written, valueText).register();
	}

	/**
	 * One {@code php_register_variable_ex}: files a value under its name, brackets and
	 * all.
	 */
	private static final class Registration {

		private final Reading reading;

		private final byte[] name;

		private final int length;

		private final String written;

		private final String value;

		Registration(Reading reading, byte[] name, int length, String written, String value) {
			this.reading = reading;
			this.name = name;
			this.length = length;
			this.written = written;
			this.value = value;
		}

		void register() {
			int start = 0;
			while (start < this.length && this.name[start] == ' ') {
				start++;
			}
			if (start > 0) {
				renamed("starts with spaces, which PHP leaves out");
			}
			byte[] var = Arrays.copyOfRange(this.name, start, this.length);
			int bracket = -1;
			for (int p = 0; p < var.length; p++) {
				if (var[p] == ' ' || var[p] == '.') {
					var[p] = '_';
					renamed("has a '" + (char) this.name[start + p] + "' that PHP reads as '_'");
				}
				else if (var[p] == '[') {
					bracket = p;
					break;
				}
			}
			int varLength = (bracket == -1) ? var.length : bracket;
			if (varLength == 0) {
				if (this.written.length() > 0 || this.value.length() > 0) {
					this.reading.problem(Kind.DROPPED, this.written.isEmpty() ? "(no name)" : this.written,
							"has no name before its brackets: PHP drops it");
				}
				return;
			}
			String top = this.reading.text(Arrays.copyOf(var, varLength), this.written);
			if (bracket == -1) {
				this.reading.set(this.reading.root, top, this.value, this.written);
				return;
			}
			nested(var, varLength, bracket, top);
		}

		private void nested(byte[] var, int varLength, int firstBracket, String top) {
			PhpArray table = this.reading.root;
			@Nullable String index = top;
			int ip = firstBracket;
			int level = 0;
			while (true) {
				if (++level > this.reading.limits.maxInputNestingLevel()) {
					this.reading.root.remove(top);
					this.reading.problem(Kind.DROPPED, this.written,
							"is nested more than " + this.reading.limits.maxInputNestingLevel()
									+ " levels deep: PHP (max_input_nesting_level) drops it and everything else under '"
									+ top + "'");
					return;
				}
				ip++;
				int indexStart = ip;
				if (ip < var.length && var[ip] == ' ') {
					ip++;
				}
				@Nullable String nextIndex;
				if (ip < var.length && var[ip] == ']') {
					nextIndex = null;
				}
				else {
					int close = indexOf(var, (byte) ']', ip, var.length);
					if (close == -1) {
						unclosed(var, varLength, indexStart, table, index, level);
						return;
					}
					nextIndex = this.reading.text(Arrays.copyOfRange(var, indexStart, close), this.written);
					ip = close;
				}
				PhpArray element = this.reading.element(table, index, this.written);
				if (element == null) {
					return;
				}
				table = element;
				index = nextIndex;
				ip++;
				if (ip < var.length && var[ip] == '[') {
					continue;
				}
				if (ip < var.length) {
					renamed("goes on after its last ']', which PHP ignores");
				}
				this.reading.setOrAppend(table, index, this.value, this.written);
				return;
			}
		}

		// "not an index; un-terminate the var name": at the first level the '[' becomes
		// '_' and the name runs to its
		// end (its spaces, dots and brackets read as '_'); deeper, the value goes under
		// the last closed key.
		private void unclosed(byte[] var, int varLength, int indexStart, PhpArray table, @Nullable String index,
				int level) {
			renamed("has a '[' that is never closed, which PHP reads as '_'");
			if (level > 1) {
				this.reading.setOrAppend(table, index, this.value, this.written);
				return;
			}
			byte[] whole = Arrays.copyOf(var, var.length);
			whole[indexStart - 1] = '_';
			for (int p = indexStart; p < whole.length; p++) {
				if (whole[p] == ' ' || whole[p] == '.' || whole[p] == '[') {
					whole[p] = '_';
				}
			}
			this.reading.set(table, this.reading.text(whole, this.written), this.value, this.written);
		}

		private void renamed(String message) {
			this.reading.problem(Kind.RENAMED, this.written, message);
		}

	}

	/** The state of one reading: the tree, the count, the problems. */
	private static final class Reading {

		private final PhpInputLimits limits;

		private final PhpArray root = new PhpArray();

		private final List<Problem> problems = new ArrayList<>();

		private int variables;

		Reading(PhpInputLimits limits) {
			this.limits = limits;
		}

		void problem(Kind kind, String parameter, String message) {
			// One line per parameter and kind is enough to act on; a hostile input could
			// otherwise make thousands.
			if (this.problems.size() < 100 && this.problems.stream()
				.noneMatch((known) -> known.kind() == kind && known.parameter().equals(parameter))) {
				this.problems.add(new Problem(kind, parameter, message));
			}
		}

		void tooMany(String where) {
			problem(Kind.DROPPED, where, "has more than " + this.limits.maxInputVars()
					+ " variables: PHP (max_input_vars) ignores the rest");
		}

		String text(byte[] bytes, String parameter) {
			try {
				return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			}
			catch (CharacterCodingException ex) {
				problem(Kind.NOT_TEXT, parameter, "is not UTF-8 text");
				return new String(bytes, StandardCharsets.UTF_8);
			}
		}

		// Finds or makes the array under a key (appending when the key is null); a string
		// there is replaced by an
		// array in the same place, as PHP does.
		@Nullable PhpArray element(PhpArray table, @Nullable String index, String written) {
			if (index == null) {
				PhpArray created = new PhpArray();
				if (!table.append(created)) {
					problem(Kind.DROPPED, written, "appends after the largest integer key: PHP drops it");
					return null;
				}
				return created;
			}
			Object existing = table.get(index);
			if (existing instanceof PhpArray array) {
				return array;
			}
			if (existing != null) {
				problem(Kind.OVERWRITTEN, written,
						"makes an array of '" + index + "', given earlier as text: PHP keeps only the array");
			}
			PhpArray created = new PhpArray();
			table.put(index, created);
			return created;
		}

		void setOrAppend(PhpArray table, @Nullable String index, String value, String written) {
			if (index == null) {
				if (!table.append(value)) {
					problem(Kind.DROPPED, written, "appends after the largest integer key: PHP drops it");
				}
			}
			else {
				set(table, index, value, written);
			}
		}

		void set(PhpArray table, String index, String value, String written) {
			Object existing = table.get(index);
			if (existing != null && !existing.equals(value)) {
				problem(Kind.OVERWRITTEN, written, "is given more than once: PHP keeps only the last value");
			}
			table.put(index, value);
		}

	}

	// php_url_decode: '+' is a space, '%' and two hex digits a byte, any other '%' stays
	// as it is.
	static byte[] urlDecode(byte[] raw, int start, int end) {
		byte[] decoded = new byte[end - start];
		int length = 0;
		for (int i = start; i < end; i++) {
			byte b = raw[i];
			if (b == '+') {
				decoded[length++] = ' ';
			}
			else if (b == '%' && i + 2 < end && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
				decoded[length++] = (byte) ((hex(raw[i + 1]) << 4) | hex(raw[i + 2]));
				i += 2;
			}
			else {
				decoded[length++] = b;
			}
		}
		return (length == decoded.length) ? decoded : Arrays.copyOf(decoded, length);
	}

	private static int hex(byte b) {
		if (b >= '0' && b <= '9') {
			return b - '0';
		}
		if (b >= 'a' && b <= 'f') {
			return b - 'a' + 10;
		}
		if (b >= 'A' && b <= 'F') {
			return b - 'A' + 10;
		}
		return -1;
	}

	private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static String text(byte[] bytes, int length) {
		return new String(bytes, 0, length, StandardCharsets.UTF_8);
	}

	private static byte[] latin1(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0xFF) {
				return text.getBytes(StandardCharsets.UTF_8);
			}
		}
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
