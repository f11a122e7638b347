package org.mauticapi.gateway.abuse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.GatewayProcess;
import org.mauticapi.gateway.support.RawSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a fuzz run of 6,000 malformed requests across every operation of the
 * contract, routes outside it and GraphQL, against the gateway's runnable jar started as
 * a user starts it (its heap capped as the README says), in front of an upstream that
 * always answers well. Hostile path values, parameter names and values, bodies, content
 * types, headers and encodings, generated from a fixed seed. Every request gets an HTTP
 * answer (no dropped connection), none a 5xx, the liveness probe answers throughout, and
 * the process stays under 512 MB resident.
 */
class FuzzIT {

	private static final int REQUESTS = 6_000;

	private static final long RESIDENT_BOUND_KB = 512 * 1024;

	private static final List<ContractOperation> OPERATIONS = MauticApiContract.load().operations();

	private static final String[] PATH_VALUES = { "1", "47", "0", "-1", "99999999999999999999999", "abc", "%2F", "..",
			"%00", "1;x", "%zz", "1%20OR%201=1", "%C3%A9", "", "1/2", "%2e%2e", "email", "9223372036854775808" };

	private static final String[] NAMES = { "limit", "start", "search", "orderBy", "orderByDir", "minimal", "published",
			"where[0][col]", "where[0][expr]", "where[0][val]", "where[0][val][0][col]", "where[][x]", "where",
			"order[0][col]", "order[0][dir]", "select[]", "select", "filters[dateFrom]", "filters[search]",
			"filters[includeEvents][]", "ids", "ids[]", "a.b", "a%20b", "x[", "]", "%5B", "page", "order[0]",
			"where" + "[a]".repeat(70), "n".repeat(300), "%00", "filter", "%FF", "where[0][col]x" };

	private static final String[] VALUES = { "1", "-1", "abc", "", "%00", "%zz", "%C3", "%C3%A9", "1%20OR%201=1", "eq",
			"andX", "email", "2024-01-01", "x".repeat(3000), "%27%29--", "DESC", "id", "1,2,3", "true", "%2B", "+" };

	private static final String[] CONTENT_TYPES = { "application/json", "application/x-www-form-urlencoded",
			"text/plain", "multipart/form-data; boundary=x", "APPLICATION/JSON", "application/json; charset=latin1",
			"application/merge-patch+json", "", "application/xml" };

	private static final String[] JSON_BODIES = { "{}", "[]", "{\"email\":\"a@example.com\"}", "{\"email\":",
			"{\"email\":\"a\",\"email\":\"b\"}", "[{\"id\":1},{\"email\":7}]", "\"just a string\"", "null", "1e400",
			"{\"name\":\"x\",\"filters\":[{\"glue\":\"and\",\"field\":\"email\",\"operator\":\"=\"}]}",
			"{\"tags\":[[[[[]]]]],\"points\":{\"a\":1}}", "{\"\\u0000\":1}", "{\"ids\":[1,2,\"x\"]}",
			"{\"reason\":\"a\",\"channelId\":-5}", "{\"a\":\"\\ud800\"}" };

	private static CaptureMautic mautic;

	private static GatewayProcess gateway;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = GatewayProcess.start(List.of("-Xmx256m"), "--mautic.base-url=" + mautic.url(),
				"--logging.level.org.mauticapi.gateway.access=warn");
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void answersEveryMalformedRequestWithoutA5xxOrADroppedConnection() {
		Random random = new Random(13);
		List<String> failures = new ArrayList<>();
		long maxResidentKb = 0;

		for (int i = 0; i < REQUESTS; i++) {
			byte[] request = request(random);
			RawSocket.Answer answer;
			try {
				answer = RawSocket.exchange(gateway.port(), request);
			}
			catch (java.io.UncheckedIOException ex) {
				failures.add("no answer (" + ex.getCause() + ") for " + abbreviated(request));
				continue;
			}
			if (answer.status() < 100 || answer.status() >= 500) {
				failures.add(answer.status() + " for " + abbreviated(request) + ": "
						+ abbreviated(answer.head() + answer.body()));
			}
			if (i % 200 == 0) {
				RawSocket.Answer liveness = RawSocket.exchange(gateway.port(),
						"GET /actuator/health/liveness HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
							.getBytes(StandardCharsets.US_ASCII));
				assertThat(liveness.status()).as("liveness after %d requests", i).isEqualTo(200);
				maxResidentKb = Math.max(maxResidentKb, gateway.residentKb());
			}
		}

		assertThat(failures).as("%d requests answered 5xx or not at all", failures.size()).isEmpty();
		assertThat(gateway.isAlive()).isTrue();
		assertThat(maxResidentKb).as("resident memory, kB").isLessThan(RESIDENT_BOUND_KB);
		assertThat(mautic.captured()).as("some requests were valid enough to be forwarded").isNotEmpty();
	}

	private static byte[] request(Random random) {
		int kind = random.nextInt(10);
		String method;
		String path;
		if (kind < 7) {
			ContractOperation operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
			method = (random.nextInt(20) == 0) ? pick(random, "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS")
					: operation.method();
			path = "/api" + operation.pathTemplate().replaceAll("\\{[^}]+}", pick(random, PATH_VALUES));
		}
		else if (kind < 9) {
			method = pick(random, "GET", "POST", "DELETE");
			path = pick(random, "/api/notes", "/api/companies", "/api/fields/contact", "/api/nothing", "/api",
					"/upstreams/default/api/contacts", "/upstreams/nope/api/contacts", "/mtracking.gif", "/graphiql",
					"/actuator/health", "/openapi.yaml", "/%zz", "/api/%FF");
		}
		else {
			method = "POST";
			path = "/graphql";
		}
		String target = path + query(random);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes("Authorization: Basic YWRtaW46bWF1dGlj\r\n".getBytes(StandardCharsets.ISO_8859_1));
		for (int h = random.nextInt(4); h > 0; h--) {
			out.writeBytes(header(random).getBytes(StandardCharsets.ISO_8859_1));
		}
		byte[] body = body(random, path.equals("/graphql"));
		if (body != null) {
			String type = path.equals("/graphql") ? "application/json" : pick(random, CONTENT_TYPES);
			if (!type.isEmpty()) {
				out.writeBytes(("Content-Type: " + type + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			}
			out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		}
		out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			out.writeBytes(body);
		}
		return out.toByteArray();
	}

	private static String query(Random random) {
		int pairs = random.nextInt(5);
		if (pairs == 0) {
			return "";
		}
		StringBuilder query = new StringBuilder("?");
		for (int i = 0; i < pairs; i++) {
			query.append((i > 0) ? "&" : "").append(pick(random, NAMES)).append('=').append(pick(random, VALUES));
		}
		return query.toString().replace(" ", "%20");
	}

	private static String header(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> "X-Request-Id: " + pick(random, "x\u0001y", "a".repeat(500), "ok-id", "") + "\r\n";
			case 1 -> "X-Mautic-Upstream: " + pick(random, "nope", "", "default", "../x") + "\r\n";
			case 2 -> "Accept: " + pick(random, "*/*", "text/html", "application/json;q=0", "\u00ff") + "\r\n";
			case 3 -> "X-Api-Key: " + pick(random, "", "wrong", "k".repeat(1000)) + "\r\n";
			case 4 -> "Content-Length: " + pick(random, "-1", "abc", "1 2") + "\r\n";
			case 5 -> "Expect: 100-continue\r\n";
			case 6 -> "Cookie: " + "c=1; ".repeat(random.nextInt(50)) + "\r\n";
			default -> "X-Filler: " + "f".repeat(random.nextInt(4000)) + "\r\n";
		};
	}

	private static byte[] body(Random random, boolean graphql) {
		if (graphql) {
			return pick(random, "{\"query\":\"{ contacts(first: 1) { totalCount } }\"}", "{\"query\":\"{\"}",
					"[{\"query\":\"{ __typename }\"}]", "{\"query\":\"" + "{ a ".repeat(500) + "\"}",
					"{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}", "not json")
				.getBytes(StandardCharsets.UTF_8);
		}
		return switch (random.nextInt(6)) {
			case 0 -> null;
			case 1 -> pick(random, JSON_BODIES).getBytes(StandardCharsets.UTF_8);
			case 2 -> query(random).replaceFirst("^\\?", "").getBytes(StandardCharsets.ISO_8859_1);
			case 3 -> ("{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.US_ASCII);
			case 4 -> new byte[] { (byte) 0xFF, (byte) 0xFE, '{', '}', (byte) 0x80 };
			default -> ("{\"email\":\"" + "x".repeat(random.nextInt(300_000)) + "@example.com\"}")
				.getBytes(StandardCharsets.US_ASCII);
		};
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... options) {
		return options[random.nextInt(options.length)];
	}

	private static String abbreviated(byte[] request) {
		return abbreviated(new String(request, StandardCharsets.ISO_8859_1));
	}

	// Long runs of one character ("xxxx...") shown by their length, so that every header
	// of a request fits.
	private static String abbreviated(String text) {
		String line = text.replace("\r\n", " | ").replaceAll("(.)\\1{20,}", "$1...");
		return (line.length() > 600) ? line.substring(0, 600) + "..." : line;
	}

}
