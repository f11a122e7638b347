package org.mauticapi.gateway.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as a new user starts it, on a sandbox with the demo data with the demo
 * data: each of the 43 documented operations goes through it, answers as the contract
 * says, and reads answer exactly the bytes the sandbox sends.
 */
class EveryOperationThroughGatewayIT {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String ADMIN = "admin:mautic";

	private static RunningGateway gateway;

	private static String sandboxUrl;

	@BeforeAll
	static void start() {
		gateway = RunningGateway.onSandbox();
		sandboxUrl = gateway.sandboxUrl();
	}

	@AfterAll
	static void stop() {
		gateway.close();
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

	@Test
	void theCallsCoverEveryDocumentedOperation() {
		Set<String> covered = operations().map((arguments) -> (Call) ((Named<?>) arguments.get()[0]).getPayload())
			.map((call) -> CONTRACT.operation(call.method(), call.pathOnly()).orElseThrow().operationId())
			.collect(Collectors.toCollection(TreeSet::new));
		// Its id is only known once a tag is added: see removesTheUtmTagItAdded.
		covered.add("removeContactUtmTag");

		assertThat(covered).isEqualTo(CONTRACT.operations()
			.stream()
			.map(ContractOperation::operationId)
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void answersThroughTheGatewayAsTheContractSays(Call call) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = send(gateway.url(), call, ADMIN);

		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(response.statusCode()).as(text).isEqualTo(call.status());
		JsonNode body = JsonMapper.shared().readTree(response.body());
		assertThat(CONTRACT.validateResponse(call.method(), call.pathOnly(), response.statusCode(), body)).isEmpty();
		if (call.method().equals("GET")) {
			assertThat(response.body()).as("the sandbox's own bytes").isEqualTo(send(sandboxUrl, call, ADMIN).body());
		}
	}

	@Test
	void removesTheUtmTagItAdded() throws IOException, InterruptedException {
		HttpResponse<byte[]> added = send(gateway.url(),
				new Call("POST", "/api/contacts/15/utm/add", "{\"utm_source\":\"flyer\"}", 200), ADMIN);
		JsonNode tags = JsonMapper.shared().readTree(added.body()).path("contact").path("utmtags");
		long utmId = tags.get(tags.size() - 1).path("id").asLong();
		Call remove = new Call("POST", "/api/contacts/15/utm/" + utmId + "/remove", null, 200);

		HttpResponse<byte[]> removed = send(gateway.url(), remove, ADMIN);

		assertThat(removed.statusCode()).isEqualTo(200);
		assertThat(CONTRACT.operation("POST", remove.pathOnly()).orElseThrow().operationId())
			.isEqualTo("removeContactUtmTag");
		assertThat(
				CONTRACT.validateResponse("POST", remove.pathOnly(), 200, JsonMapper.shared().readTree(removed.body())))
			.isEmpty();
	}

	@Test
	void passesMissingCredentialsToTheSandboxAndItsRefusalBack() throws IOException, InterruptedException {
		HttpResponse<byte[]> response = send(gateway.url(), new Call("GET", "/api/contacts", null, 401), null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("API authorization denied.");
	}

	private static HttpResponse<byte[]> send(String base, Call call, @Nullable String credentials)
			throws IOException, InterruptedException {
		String path = call.path().replace("[", "%5B").replace("]", "%5D");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(call.method(), (call.body() != null) ? HttpRequest.BodyPublishers.ofString(call.body())
					: HttpRequest.BodyPublishers.noBody());
		if (call.body() != null) {
			request.header("Content-Type", "application/json");
		}
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Arguments call(String method, String path, @Nullable String body, int status) {
		return Arguments.of(Named.of(method + " " + path, new Call(method, path, body, status)));
	}

	record Call(String method, String path, @Nullable String body, int status) {

		String pathOnly() {
			return this.path.contains("?") ? this.path.substring(0, this.path.indexOf('?')) : this.path;
		}

	}

}
