package org.mauticapi.gateway.error;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

import org.mauticapi.contract.MauticErrors;

/**
 * An answer the gateway gives itself, in Mautic's envelope, without calling upstream:
 * invalid input, a missing API key, an unknown upstream. Raised by filters and written by
 * {@link GatewayErrorHandler}.
 */
public final class GatewayError extends RuntimeException {

	private final int status;

	private final byte[] body;

	private final HttpHeaders headers;

	private GatewayError(int status, String message, byte[] body, HttpHeaders headers) {
		super(message, null, false, false);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}

	/**
	 * An error of a kind: {@code {"message", "code", "type"}}.
	 * @param status the status
	 * @param message the message
	 * @param type the type, e.g. {@code access_denied}
	 * @return the error
	 */
	public static GatewayError typed(int status, String message, @Nullable String type) {
		return new GatewayError(status, message, MauticErrors.bytes(MauticErrors.typed(status, message, type)),
				HttpHeaders.EMPTY);
	}

	/**
	 * Invalid input, with the problems per parameter.
	 * @param problems the problems, by parameter as the client wrote it
	 * @return the 400 error
	 */
	public static GatewayError invalid(Map<String, List<String>> problems) {
		return new GatewayError(400, "invalid request " + problems.keySet(),
				MauticErrors.bytes(MauticErrors.invalid(400, problems)), HttpHeaders.EMPTY);
	}

	/**
	 * Invalid input, one problem.
	 * @param parameter the parameter, as the client wrote it ({@code body},
	 * {@code where[0][col]}, ...)
	 * @param problem what is wrong with it
	 * @return the 400 error
	 */
	public static GatewayError invalid(String parameter, String problem) {
		return invalid(Map.of(parameter, List.of(problem)));
	}

	/**
	 * Text from a request, made safe to quote in a message: control characters escaped,
	 * at most 200 characters.
	 * @param text the text
	 * @return the printable form
	 */
	public static String printable(String text) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		for (; i < text.length() && out.length() < 200; i++) {
			char c = text.charAt(i);
			out.append((c < 0x20 || c == 0x7F) ? String.format("\\x%02X", (int) c) : String.valueOf(c));
		}
		return (i < text.length()) ? out + "..." : out.toString();
	}

	/**
	 * The same error with a further response header.
	 * @param name the header
	 * @param value its value
	 * @return the error
	 */
	public GatewayError withHeader(String name, String value) {
		HttpHeaders more = new HttpHeaders();
		more.addAll(this.headers);
		more.set(name, value);
		return new GatewayError(this.status, getMessage(), this.body, more);
	}

	public int status() {
		return this.status;
	}

	public byte[] body() {
		return this.body;
	}

	public HttpHeaders headers() {
		return this.headers;
	}

}
