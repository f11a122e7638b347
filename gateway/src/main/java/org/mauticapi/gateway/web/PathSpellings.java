package org.mauticapi.gateway.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.mauticapi.gateway.error.GatewayError;

/**
 * The path spellings the gateway refuses on every route, because a web server in front of
 * Mautic, Mautic's router or Spring's could read them as another path than the gateway
 * does: a {@code ;} (a path parameter to some servers and to Spring, a literal to
 * Symfony), an encoded slash or backslash, empty, {@code .} and {@code ..} segments,
 * control characters, malformed escapes and bytes that are not UTF-8. Nothing then
 * reaches a handler or Mautic under a name the gateway did not check, and a key check
 * cannot be talked around by another spelling of a path.
 */
public final class PathSpellings {

	private PathSpellings() {
	}

	/**
	 * Decodes a raw path as Mautic's router does ({@code rawurldecode}), refusing
	 * spellings that could be read otherwise.
	 * @param rawPath the path as sent, without query string
	 * @return the decoded path
	 * @throws GatewayError 400 naming the problem
	 */
	public static String decode(String rawPath) {
		byte[] decoded = new byte[rawPath.length()];
		int length = 0;
		for (int i = 0; i < rawPath.length(); i++) {
			char c = rawPath.charAt(i);
			if (c == ';') {
				throw refused(rawPath, "has a ';', which some servers read as a path parameter and Mautic does not");
			}
			if (c == '\\' || c < 0x20 || c == 0x7F) {
				throw refused(rawPath, "has a backslash or a control character");
			}
			if (c > 0xFF) {
				throw refused(rawPath, "has characters that are not percent-encoded");
			}
			if (c == '%') {
				if (i + 2 >= rawPath.length() || hex(rawPath.charAt(i + 1)) < 0 || hex(rawPath.charAt(i + 2)) < 0) {
					throw refused(rawPath, "has a '%' that does not start an escape such as %2F");
				}
				int b = (hex(rawPath.charAt(i + 1)) << 4) | hex(rawPath.charAt(i + 2));
				if (b == '/' || b == '\\' || b < 0x20 || b == 0x7F || b == ';') {
					throw refused(rawPath, "encodes a slash, a backslash, a ';' or a control character");
				}
				decoded[length++] = (byte) b;
				i += 2;
			}
			else {
				decoded[length++] = (byte) c;
			}
		}
		String path = utf8(decoded, length, rawPath);
		String[] segments = path.substring(1).split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].equals(".") || segments[i].equals("..")) {
				throw refused(rawPath, "has a '.' or '..' segment, which servers resolve differently");
			}
			// A trailing slash is Mautic's to answer (it redirects); an empty segment
			// inside is not a route.
			if (segments[i].isEmpty() && i < segments.length - 1) {
				throw refused(rawPath, "has an empty segment ('//')");
			}
		}
		return path;
	}

	private static String utf8(byte[] bytes, int length, String rawPath) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw refused(rawPath, "is not UTF-8 once decoded");
		}
	}

	private static int hex(char c) {
		return Character.digit(c, 16);
	}

	private static GatewayError refused(String rawPath, String problem) {
		return GatewayError.invalid("path", "'" + GatewayError.printable(rawPath) + "' " + problem);
	}

}
