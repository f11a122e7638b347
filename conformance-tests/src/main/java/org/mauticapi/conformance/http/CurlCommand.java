package org.mauticapi.conformance.http;

import java.net.URI;

/**
 * Renders an exchange as the curl command that sends the same request, so that a person
 * can reproduce a finding without the kit. Secrets never appear: the password is
 * {@code $MAUTIC_PASSWORD} and a bearer token {@code $MAUTIC_ACCESS_TOKEN}, expanded by
 * the shell of whoever runs the command.
 */
public final class CurlCommand {

	private CurlCommand() {
	}

	/**
	 * The command for one exchange.
	 * @param baseUrl the target's base URL, without {@code /api}
	 * @param credentials how the run authenticates (only the user name is shown)
	 * @param exchange the exchange to repeat
	 * @return a one-line shell command
	 */
	public static String of(URI baseUrl, Credentials credentials, Exchange exchange) {
		String url = baseUrl.toString().replaceAll("/+$", "") + "/api" + exchange.path();
		StringBuilder command = new StringBuilder("curl -sS");
		if (url.contains("[") || url.contains("]")) {
			// PHP array parameters (where[0][col]=...) are not curl globs.
			command.append(" -g");
		}
		if (!exchange.method().equals("GET")) {
			command.append(" -X ").append(exchange.method());
		}
		command.append(authentication(credentials, exchange.authentication()));
		command.append(" ").append(singleQuoted(url));
		if (exchange.requestBody() != null) {
			command.append(" -H 'Content-Type: application/json' --data-raw ")
				.append(singleQuoted(exchange.requestBody().replaceAll("\\s*\\n\\s*", " ").strip()));
		}
		return command.toString();
	}

	private static String authentication(Credentials credentials, Authentication authentication) {
		if (authentication == Authentication.NONE) {
			return "";
		}
		boolean wrong = authentication == Authentication.WRONG;
		if (credentials instanceof Credentials.Basic basic) {
			String password = wrong ? "not-the-password" : "$MAUTIC_PASSWORD";
			return " -u \"" + doubleQuotedContent(basic.username()) + ":" + password + "\"";
		}
		return " -H \"Authorization: Bearer " + (wrong ? "not-a-token-the-target-issued" : "$MAUTIC_ACCESS_TOKEN")
				+ "\"";
	}

	private static String singleQuoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	// Inside double quotes the shell still expands $, ` and \ and ends at ": a user name
	// is taken literally.
	private static String doubleQuotedContent(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
	}

}
