package org.mauticapi.sandbox.seed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeedRunnerTests {

	private static final String FAILING_PATH = "/api/segments/9/contact/5/add";

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile String failureBody = "";

	private DisposableServer server;

	@BeforeEach
	void startServer() {
		RouterFunction<ServerResponse> routes = RouterFunctions.route()
			.route(RequestPredicates.all(), this::record)
			.build();
		this.server = HttpServer.create()
			.host("localhost")
			.port(0)
			.handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(routes)))
			.bindNow();
	}

	@AfterEach
	void stopServer() {
		this.server.disposeNow();
	}

	@Test
	void sendsEveryEntryInOrderWithBasicCredentialsAndJsonBodies() {
		SeedScript script = new SeedScript(List.of(
				SeedRequest.post("/api/contacts/batch/new", JsonMapper.shared().readTree("[{\"firstname\":\"Zoë\"}]")),
				SeedRequest.post("/api/segments/1/contact/1/add"),
				new SeedRequest("GET", "/api/contacts?search=tag:vip", null)));

		int sent = runner().run(script);

		String basic = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
		assertThat(sent).isEqualTo(3);
		assertThat(this.received).containsExactly(
				new Received("POST", "/api/contacts/batch/new", basic, "application/json", "[{\"firstname\":\"Zoë\"}]"),
				new Received("POST", "/api/segments/1/contact/1/add", basic, null, ""),
				new Received("GET", "/api/contacts?search=tag:vip", basic, null, ""));
	}

	@Test
	void sendsNothingForAnEmptyScript() {
		int sent = runner().run(SeedScript.EMPTY);

		assertThat(sent).isZero();
		assertThat(this.received).isEmpty();
	}

	@Test
	void stopsAtTheFirstEntryNotAnswered2xx() {
		this.failureBody = "{\"errors\":[{\"code\":404,\"message\":\"Contact not found.\",\"details\":[]}]}";
		SeedScript script = new SeedScript(List.of(SeedRequest.post("/api/segments/9/contact/4/add"),
				SeedRequest.post(FAILING_PATH), SeedRequest.post("/api/segments/9/contact/6/add")));

		SeedFailedException failure = catchFailure(script);

		assertThat(failure).hasMessage("Seed entry [1] POST " + FAILING_PATH + " answered 404: Contact not found.");
		assertThat(failure.index()).isEqualTo(1);
		assertThat(failure.status()).isEqualTo(404);
		assertThat(failure.request()).isEqualTo(script.requests().get(1));
		assertThat(this.received).extracting(Received::path)
			.containsExactly("/api/segments/9/contact/4/add", FAILING_PATH);
	}

	@ParameterizedTest
	@MethodSource("errorBodies")
	void reportsMauticsErrorMessageOrWhatCameInstead(String body, String expectedMessage) {
		this.failureBody = body;

		SeedFailedException failure = catchFailure(new SeedScript(List.of(SeedRequest.post(FAILING_PATH))));

		assertThat(failure).hasMessageEndingWith("answered 404: " + expectedMessage);
	}

	static List<Arguments> errorBodies() {
		return List.of(
				Arguments.of(
						Named.of("Mautic validation error",
								"{\"errors\":[{\"code\":400,\"message\":\"email: x is invalid.\",\"details\":{}}]}"),
						"email: x is invalid."),
				Arguments.of(Named.of("several errors",
						"{\"errors\":[{\"message\":\"first\",\"code\":404},{\"message\":\"second\",\"code\":404}]}"),
						"first; second"),
				Arguments.of(Named.of("plain text", "  Not here\n"), "Not here"),
				Arguments.of(Named.of("JSON without errors", "{\"status\":\"nope\"}"), "{\"status\":\"nope\"}"),
				Arguments.of(Named.of("empty body", ""), "(empty body)"));
	}

	@Test
	void reportsTheEntryWhenTheTargetCannotBeReached() {
		String baseUrl = baseUrl();
		this.server.disposeNow();
		SeedRunner runner = new SeedRunner(WebClient.builder(), baseUrl, "admin", "secret");

		SeedFailedException failure = catchFailure(runner,
				new SeedScript(List.of(SeedRequest.post("/api/users/new", JsonMapper.shared().readTree("{}")))));

		assertThat(failure).hasMessageStartingWith("Seed entry [0] POST /api/users/new could not be sent: ");
		assertThat(failure.status()).isNull();
	}

	private SeedFailedException catchFailure(SeedScript script) {
		return catchFailure(runner(), script);
	}

	private static SeedFailedException catchFailure(SeedRunner runner, SeedScript script) {
		return assertThatExceptionOfType(SeedFailedException.class).isThrownBy(() -> runner.run(script)).actual();
	}

	private SeedRunner runner() {
		return new SeedRunner(WebClient.builder(), baseUrl() + "/", "admin", "secret");
	}

	private String baseUrl() {
		return "http://localhost:" + this.server.port();
	}

	private Mono<ServerResponse> record(ServerRequest request) {
		return request.bodyToMono(String.class).defaultIfEmpty("").flatMap((body) -> {
			String query = request.uri().getRawQuery();
			String path = request.uri().getRawPath() + ((query != null) ? "?" + query : "");
			HttpHeaders headers = request.headers().asHttpHeaders();
			this.received.add(new Received(request.method().name(), path, headers.getFirst(HttpHeaders.AUTHORIZATION),
					headers.getFirst(HttpHeaders.CONTENT_TYPE), body));
			if (path.equals(FAILING_PATH)) {
				return ServerResponse.status(404).contentType(MediaType.APPLICATION_JSON).bodyValue(this.failureBody);
			}
			return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue("{\"success\":1}");
		});
	}

	private record Received(String method, String path, @Nullable String authorization, @Nullable String contentType,
			String body) {
	}

}
