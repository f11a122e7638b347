package org.mauticapi.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes arbitrary bytes to a loopback port and reads what comes back until the server
 * closes: for requests no HTTP client would send (malformed lines, lengths and headers).
 */
public final class RawSocket {

	private RawSocket() {
	}

	public static Answer exchange(int port, byte[] request) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			try {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
			}
			catch (IOException ex) {
				// The server may answer (a 413, say) and close before the whole request
				// is written: its answer is read.
			}
			String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.1 ") || end == -1) {
				return new Answer(-1, text, "");
			}
			return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What came back.
	 *
	 * @param status the status, or -1 when no HTTP answer came
	 * @param head the status line and headers
	 * @param body the body
	 */
	public record Answer(int status, String head, String body) {

		public @Nullable String header(String name) {
			for (String line : this.head.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon)
					.trim()
					.toLowerCase(Locale.ROOT)
					.equals(name.toLowerCase(Locale.ROOT))) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

	}

}
