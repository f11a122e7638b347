package org.mauticapi.gateway.abuse;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.RawSocket;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 13, items 7 and 9: whatever a caller sends, the answer is well-formed (a status,
 * Mautic's envelope, an {@code X-Request-Id}), never a 500 for the caller's mistake,
 * never an empty body, and the contract's former holes (free-form dates, columns, ids
 * past 64 bits, a body where none is taken) never reach Mautic.
 */
class MalformedRequestsIT {

	private static CaptureMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url());
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	static Stream<Arguments> requests() {
		return Stream.of(
				request("a negative Content-Length", "POST /api/contacts/new HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
						400),
				request("two Content-Lengths",
						"POST /api/contacts/new HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400),
				request("a bad escape in a path Spring serves", "GET /graphiql%zz HTTP/1.1\r\n\r\n", 400),
				request("a bad escape in a REST path", "GET /api/contacts%zz HTTP/1.1\r\n\r\n", 400),
				request("a request line past 64 KB", "GET /api/contacts?a=" + "x".repeat(70_000) + " HTTP/1.1\r\n\r\n",
						414),
				request("a header past the limit",
						"GET /api/contacts HTTP/1.1\r\nX-Big: " + "x".repeat(20_000) + "\r\n\r\n", 431),
				request("no HTTP at all", "HELLO\r\n\r\n", 400),
				request("a path parameter", "GET /api/contacts;jsessionid=1 HTTP/1.1\r\n\r\n", 400),
				request("a date PHP cannot parse",
						"GET /api/contacts/activity?filters%5BdateFrom%5D=not-a-date HTTP/1.1\r\n\r\n", 400),
				request("a select that is no column",
						"GET /api/contacts?select%5B%5D=id%20FROM%20users HTTP/1.1\r\n\r\n", 400),
				request("an id past 64 bits", "GET /api/contacts/99999999999999999999999 HTTP/1.1\r\n\r\n", 400),
				request("a body where the operation takes none",
						"GET /api/contacts/1 HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}",
						400),
				request("a JSON body with a key twice",
						"POST /api/contacts/new HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 25\r\n\r\n{\"email\":\"a\",\"email\":\"b\"}",
						400),
				request("a body Mautic cannot read",
						"POST /api/contacts/new HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc",
						415),
				request("a form with a name PHP reads as another",
						"POST /api/contacts/new HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\nemail.x=a%40b",
						400));
	}

	private static Arguments request(String name, String raw, int status) {
		return arguments(Named.of(name, raw.replaceFirst("\r\n", "\r\nHost: 127.0.0.1\r\nConnection: close\r\n")),
				status);
	}

	@ParameterizedTest
	@MethodSource("requests")
	void answersWithAStatusMauticsEnvelopeAndARequestId(String raw, int status) {
		mautic.clear();

		RawSocket.Answer answer = RawSocket.exchange(port, raw.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.header("X-Request-Id")).isNotBlank();
		assertThat(answer.header("Content-Type")).startsWith("application/json");
		assertThat(answer.body()).startsWith("{\"errors\":[{").contains("\"code\":" + status).contains("\"type\":");
		assertThat(mautic.captured()).isEmpty();
	}

}
