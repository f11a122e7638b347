package org.mauticapi.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends one request exactly as given, bytes and all, on a fresh loopback connection, and
 * reads the answer: for request targets and bodies that an HTTP client library would
 * re-encode or refuse.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends a request.
	 * @param port the loopback port
	 * @param method the method
	 * @param target the request target, as it goes on the request line
	 * @param contentType the content type, or null
	 * @param body the body, or null
	 * @param headers further header lines ({@code Name: value})
	 * @return the answer
	 */
	public static Answer send(int port, String method, String target, String contentType, byte[] body,
			String... headers) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			request.writeBytes("Authorization: Basic YWRtaW46bWF1dGlj\r\n".getBytes(StandardCharsets.ISO_8859_1));
			for (String header : headers) {
				request.writeBytes((header + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			if (body != null) {
				request.writeBytes(("Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			}
			request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				request.writeBytes(body);
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int headerEnd = text.indexOf("\r\n\r\n");
		if (!text.startsWith("HTTP/1.1 ") || headerEnd == -1) {
			return new Answer(-1, text, "");
		}
		int status = Integer.parseInt(text.substring(9, 12));
		return new Answer(status, text.substring(0, headerEnd),
				new String(all, headerEnd + 4, all.length - headerEnd - 4, StandardCharsets.UTF_8));
	}

	/**
	 * An answer.
	 *
	 * @param status the status, or -1 when the connection gave no HTTP answer
	 * @param head the status line and headers
	 * @param body the body as text
	 */
	public record Answer(int status, String head, String body) {
	}

}
