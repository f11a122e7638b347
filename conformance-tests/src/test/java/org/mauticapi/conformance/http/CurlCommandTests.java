package org.mauticapi.conformance.http;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link CurlCommand}. */
class CurlCommandTests {

	private static final URI BASE = URI.create("https://mautic.example.com/");

	@Test
	void repeatsAWriteWithItsBodyAndThePasswordLeftToTheShell() {
		Exchange exchange = exchange("PATCH", "/contacts/5/edit", "{\"city\":\n \"Bergen\"}", Authentication.VALID);

		String curl = CurlCommand.of(BASE, new Credentials.Basic("api-user", "s3cret"), exchange);

		assertThat(curl)
			.isEqualTo("curl -sS -X PATCH -u \"api-user:$MAUTIC_PASSWORD\" "
					+ "'https://mautic.example.com/api/contacts/5/edit' -H 'Content-Type: application/json' "
					+ "--data-raw '{\"city\": \"Bergen\"}'")
			.doesNotContain("s3cret");
	}

	@Test
	void turnsOffCurlsGlobbingForPhpArrayParameters() {
		Exchange exchange = exchange("GET", "/contacts?where[0][col]=city", null, Authentication.VALID);

		String curl = CurlCommand.of(BASE, new Credentials.Basic("admin", "x"), exchange);

		assertThat(curl).startsWith("curl -sS -g -u ")
			.endsWith("'https://mautic.example.com/api/contacts?where[0][col]=city'");
	}

	@Test
	void leavesABearerTokenToTheShell() {
		Exchange exchange = exchange("GET", "/segments", null, Authentication.VALID);

		String curl = CurlCommand.of(BASE, new Credentials.ClientCredentials("id", "client-secret"), exchange);

		assertThat(curl).contains("-H \"Authorization: Bearer $MAUTIC_ACCESS_TOKEN\"").doesNotContain("client-secret");
	}

	@Test
	void sendsNoCredentialsWhenTheRequestHadNone() {
		Exchange exchange = exchange("GET", "/contacts", null, Authentication.NONE);

		String curl = CurlCommand.of(BASE, new Credentials.Basic("admin", "x"), exchange);

		assertThat(curl).isEqualTo("curl -sS 'https://mautic.example.com/api/contacts'");
	}

	@Test
	void quotesWhatTheShellWouldOtherwiseRead() {
		Exchange exchange = exchange("POST", "/notes/new", "{\"text\": \"it's $HOME\"}", Authentication.VALID);

		String curl = CurlCommand.of(BASE, new Credentials.Basic("a\"$b", "x"), exchange);

		assertThat(curl).contains("-u \"a\\\"\\$b:$MAUTIC_PASSWORD\"")
			.endsWith("--data-raw '{\"text\": \"it'\\''s $HOME\"}'");
	}

	private static Exchange exchange(String method, String path, String body, Authentication authentication) {
		return new Exchange(method, path, body, authentication, 200, "application/json", "5.1.0", "{}", null);
	}

}
