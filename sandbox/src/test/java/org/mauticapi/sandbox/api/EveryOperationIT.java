package org.mauticapi.sandbox.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.sandbox.SandboxServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exercises each of the 43 documented operations over HTTP against a sandbox started with
 * its demo data, and checks every answer against the contract's schema for its operation
 * and status.
 */
class EveryOperationIT {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxServer.start(0, Map.of("sandbox.seed", "demo"));
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	static Stream<Arguments> operations() {
		return Stream.of(call("GET", "/api/contacts/1", null, 200),
				call("GET", "/api/contacts?limit=5&search=tag:vip", null, 200),
				call("GET", "/api/contacts?where[0][col]=country&where[0][expr]=eq&where[0][val]=Germany&minimal=true",
						null, 200),
				call("POST", "/api/contacts/new",
						"{\"email\":\"new.one@example.com\",\"firstname\":\"New\",\"tags\":[\"a\"]}", 201),
				call("POST", "/api/contacts/batch/new",
						"[{\"email\":\"b.one@example.com\"},{\"email\":\"b.two@example.com\"}]", 201),
				call("PATCH", "/api/contacts/2/edit", "{\"city\":\"Paris\"}", 200),
				call("PUT", "/api/contacts/3/edit", "{\"email\":\"replaced.three@example.com\"}", 200),
				call("PUT", "/api/contacts/999999/edit", "{\"email\":\"put.created@example.com\"}", 201),
				call("PATCH", "/api/contacts/batch/edit", "[{\"id\":4,\"city\":\"Rome\"}]", 200),
				call("PUT", "/api/contacts/batch/edit", "[{\"id\":5,\"email\":\"five@example.com\"}]", 200),
				call("DELETE", "/api/contacts/6/delete", null, 200),
				call("DELETE", "/api/contacts/batch/delete?ids=7,8", null, 200),
				call("POST", "/api/contacts/9/dnc/email/add", "{\"reason\":2,\"comments\":\"bounced\"}", 200),
				call("POST", "/api/contacts/9/dnc/email/remove", null, 200),
				call("POST", "/api/contacts/10/utm/add", "{\"utm_source\":\"flyer\",\"useragent\":\"Mozilla/5.0\"}",
						200),
				call("POST", "/api/contacts/11/points/plus/5",
						"{\"eventName\":\"Webinar\",\"actionName\":\"Attended\"}", 200),
				call("POST", "/api/contacts/11/points/minus/2", null, 200),
				call("GET", "/api/contacts/11/points/groups", null, 200),
				call("GET", "/api/contacts/11/points/groups/1", null, 200),
				call("POST", "/api/contacts/11/points/groups/1/plus/10", null, 200),
				call("POST", "/api/contacts/11/points/groups/1/minus/2", null, 200),
				call("POST", "/api/contacts/11/points/groups/1/set/8", null, 200),
				call("POST", "/api/contacts/11/points/groups/1/divide/2", null, 200),
				call("POST", "/api/contacts/11/points/groups/1/times/3", null, 200),
				call("GET", "/api/contacts/list/owners", null, 200),
				call("GET", "/api/contacts/list/fields", null, 200), call("GET", "/api/contacts/1/notes", null, 200),
				call("GET", "/api/contacts/1/segments", null, 200), call("GET", "/api/contacts/1/campaigns", null, 200),
				call("GET", "/api/contacts/1/events", null, 404), call("GET", "/api/contacts/1/activity", null, 200),
				call("GET", "/api/contacts/activity?limit=5", null, 200),
				call("GET", "/api/contacts/1/companies", null, 200), call("GET", "/api/contacts/1/devices", null, 200),
				call("GET", "/api/segments/1", null, 200), call("GET", "/api/segments?limit=3", null, 200),
				call("POST", "/api/segments/new",
						"{\"name\":\"Spanish contacts\",\"isPublished\":true,\"filters\":"
								+ "[{\"glue\":\"and\",\"field\":\"country\",\"object\":\"lead\",\"type\":\"country\","
								+ "\"operator\":\"=\",\"properties\":{\"filter\":\"Spain\"}}]}",
						201),
				call("PUT", "/api/segments/2/edit", "{\"name\":\"Replaced segment\"}", 200),
				call("PATCH", "/api/segments/3/edit", "{\"description\":\"edited\"}", 200),
				call("DELETE", "/api/segments/4/delete", null, 200),
				call("POST", "/api/segments/1/contact/12/add", null, 200),
				call("POST", "/api/segments/1/contacts/add", "{\"ids\":[13,14]}", 200),
				call("POST", "/api/segments/1/contact/12/remove", null, 200),
				call("GET", "/api/contacts/list/segments", null, 200));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void answersAsTheContractSays(Call call) throws IOException, InterruptedException {
		HttpResponse<String> response = send(call.method(), call.path(), call.body(), "admin:mautic");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(call.status());
		JsonNode body = JsonMapper.shared().readTree(response.body());
		String path = call.path().contains("?") ? call.path().substring(0, call.path().indexOf('?')) : call.path();
		assertThat(CONTRACT.validateResponse(call.method(), path, response.statusCode(), body)).isEmpty();
	}

	@Test
	void removesTheUtmTagsItAdded() throws IOException, InterruptedException {
		HttpResponse<String> added = send("POST", "/api/contacts/15/utm/add", "{\"utm_source\":\"flyer\"}",
				"admin:mautic");
		JsonNode tags = JsonMapper.shared().readTree(added.body()).path("contact").path("utmtags");
		long utmId = tags.get(tags.size() - 1).path("id").asLong();

		HttpResponse<String> removed = send("POST", "/api/contacts/15/utm/" + utmId + "/remove", null, "admin:mautic");

		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(CONTRACT.validateResponse("POST", "/api/contacts/15/utm/" + utmId + "/remove", 200,
				JsonMapper.shared().readTree(removed.body())))
			.isEmpty();
	}

	@Test
	void refusesMissingCredentialsInMauticsEnvelope() throws IOException, InterruptedException {
		HttpResponse<String> response = send("GET", "/api/contacts", null, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("API authorization denied.");
	}

	@Test
	void writesChangeWhatLaterReadsReturn() throws IOException, InterruptedException {
		send("PATCH", "/api/contacts/20/edit", "{\"city\":\"Reykjavik\",\"tags\":[\"changed\"]}", "admin:mautic");

		HttpResponse<String> read = send("GET", "/api/contacts?search=city:Reykjavik", null, "admin:mautic");

		JsonNode page = JsonMapper.shared().readTree(read.body());
		assertThat(page.path("contacts").has("20")).isTrue();
		assertThat(page.path("contacts").path("20").path("tags").toString()).contains("changed");
	}

	private static HttpResponse<String> send(String method, String path, String body, String credentials)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(sandbox.baseUrl() + path.replace("[", "%5B").replace("]", "%5D")))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Arguments call(String method, String path, String body, int status) {
		return Arguments.of(Named.of(method + " " + path, new Call(method, path, body, status)));
	}

	record Call(String method, String path, String body, int status) {
	}

}
