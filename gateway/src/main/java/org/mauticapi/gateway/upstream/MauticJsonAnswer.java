package org.mauticapi.gateway.upstream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Whether an answer is what Mautic sends: exactly one well-formed JSON document (RFC
 * 8259). An HTML error page from a proxy in front of Mautic, or a body cut short, is not,
 * and must not reach a caller as if Mautic had said it.
 *
 * <p>
 * Every answer passes through this check, so it scans the bytes once and builds nothing:
 * no tokens, no strings, no symbol table (a JSON parser spent about as much time on a
 * contact as the rest of the gateway's own code).
 */
final class MauticJsonAnswer {

	// Deeper nesting than this is not a Mautic answer; it also bounds the scanner's own
	// stack.
	private static final int MAX_DEPTH = 1024;

	private MauticJsonAnswer() {
	}

	/**
	 * Checks the body.
	 * @param body the answer's body
	 * @return whether it is one complete JSON document, with nothing but whitespace
	 * around it
	 */
	static boolean isDocument(byte[] body) {
		return new Scanner(body, 0, body.length).document();
	}

	/**
	 * Checks a buffered body without copying it.
	 * @param body the answer's body, as received
	 * @return whether its readable bytes are one complete JSON document, with nothing but
	 * whitespace around it
	 */
	static boolean isDocument(ByteBuf body) {
		if (body.hasArray()) {
			int from = body.arrayOffset() + body.readerIndex();
			return new Scanner(body.array(), from, from + body.readableBytes()).document();
		}
		return isDocument(ByteBufUtil.getBytes(body));
	}

	/**
	 * One pass over the bytes: containers are tracked on a stack of open brackets,
	 * scalars are skipped over.
	 */
	private static final class Scanner {

		private final byte[] bytes;

		private final int end;

		private final byte[] open = new byte[MAX_DEPTH];

		private int depth;

		private int at;

		Scanner(byte[] bytes, int from, int end) {
			this.bytes = bytes;
			this.at = from;
			this.end = end;
		}

		boolean document() {
			skipWhitespace();
			if (!value()) {
				return false;
			}
			skipWhitespace();
			return this.at == this.end;
		}

		// A value, containers included: after an opening bracket, members follow until
		// the matching close.
		private boolean value() {
			if (!startValue()) {
				return false;
			}
			while (this.depth > 0) {
				skipWhitespace();
				if (!next()) {
					return false;
				}
			}
			return true;
		}

		// Inside a container, after a member or at its start: a separator, a close, or
		// (at the start) a member.
		private boolean next() {
			if (this.at >= this.end) {
				return false;
			}
			byte container = this.open[this.depth - 1];
			byte close = (byte) ((container == '{') ? '}' : ']');
			byte b = this.bytes[this.at];
			if (b == close) {
				this.at++;
				this.depth--;
				return true;
			}
			if (b != ',') {
				return false;
			}
			this.at++;
			skipWhitespace();
			return member(container);
		}

		private boolean member(byte container) {
			if (container == '{') {
				if (!string()) {
					return false;
				}
				skipWhitespace();
				if (this.at >= this.end || this.bytes[this.at] != ':') {
					return false;
				}
				this.at++;
				skipWhitespace();
			}
			return startValue();
		}

		// A scalar is read whole; a container is opened, and its first member (if any)
		// started.
		private boolean startValue() {
			if (this.at >= this.end) {
				return false;
			}
			byte b = this.bytes[this.at];
			switch (b) {
				case '{', '[' -> {
					if (this.depth == MAX_DEPTH) {
						return false;
					}
					this.open[this.depth++] = b;
					this.at++;
					skipWhitespace();
					if (this.at < this.end && this.bytes[this.at] == ((b == '{') ? '}' : ']')) {
						this.at++;
						this.depth--;
						return true;
					}
					return member(b);
				}
				case '"' -> {
					return string();
				}
				case 't' -> {
					return literal("true");
				}
				case 'f' -> {
					return literal("false");
				}
				case 'n' -> {
					return literal("null");
				}
				default -> {
					return number();
				}
			}
		}

		// The hot loop (most of an answer is strings): on locals, so that the position is
		// not stored on every byte.
		private boolean string() {
			byte[] bytes = this.bytes;
			int end = this.end;
			int at = this.at;
			if (at >= end || bytes[at] != '"') {
				return false;
			}
			at++;
			while (at < end) {
				int b = bytes[at++] & 0xFF;
				if (b == '"') {
					this.at = at;
					return true;
				}
				if (b < 0x20) {
					return false;
				}
				if (b == '\\') {
					this.at = at;
					if (!escape()) {
						return false;
					}
					at = this.at;
				}
			}
			return false;
		}

		private boolean escape() {
			if (this.at >= this.end) {
				return false;
			}
			byte b = this.bytes[this.at++];
			switch (b) {
				case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
					return true;
				}
				case 'u' -> {
					for (int i = 0; i < 4; i++) {
						if (this.at >= this.end || Character.digit(this.bytes[this.at++], 16) == -1) {
							return false;
						}
					}
					return true;
				}
				default -> {
					return false;
				}
			}
		}

		// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
		private boolean number() {
			if (this.at < this.end && this.bytes[this.at] == '-') {
				this.at++;
			}
			if (this.at < this.end && this.bytes[this.at] == '0') {
				this.at++;
			}
			else if (digits() == 0) {
				return false;
			}
			if (this.at < this.end && this.bytes[this.at] == '.') {
				this.at++;
				if (digits() == 0) {
					return false;
				}
			}
			if (this.at < this.end && (this.bytes[this.at] == 'e' || this.bytes[this.at] == 'E')) {
				this.at++;
				if (this.at < this.end && (this.bytes[this.at] == '+' || this.bytes[this.at] == '-')) {
					this.at++;
				}
				return digits() > 0;
			}
			return true;
		}

		private int digits() {
			int start = this.at;
			while (this.at < this.end && this.bytes[this.at] >= '0' && this.bytes[this.at] <= '9') {
				this.at++;
			}
			return this.at - start;
		}

		private boolean literal(String word) {
			if (this.at + word.length() > this.end) {
				return false;
			}
			for (int i = 0; i < word.length(); i++) {
				if (this.bytes[this.at + i] != word.charAt(i)) {
					return false;
				}
			}
			this.at += word.length();
			return true;
		}

		private void skipWhitespace() {
			byte[] bytes = this.bytes;
			int end = this.end;
			int at = this.at;
			while (at < end) {
				byte b = bytes[at];
				if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
					break;
				}
				at++;
			}
			this.at = at;
		}

	}

}
