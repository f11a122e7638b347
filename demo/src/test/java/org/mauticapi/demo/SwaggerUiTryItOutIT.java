package org.mauticapi.demo;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader gets from Swagger UI on the gateway's embedded sandbox: every operation
 * of the served spec, tried with the values Swagger UI fills in
 * ({@link SwaggerUiPrefill}) and the credentials the page starts authorised with, goes
 * through the gateway's request check and is answered with a success (or the 404 of the
 * operation Mautic 5.1 does not route). Operations that delete come last: their examples
 * remove demo records.
 */
class SwaggerUiTryItOutIT {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static RunningGateway gateway;

	private static JsonNode spec;

	private static String authorization;

	@BeforeAll
	static void start() {
		gateway = RunningGateway.start();
		spec = YAMLMapper.shared().readTree(get("/openapi.yaml"));
		Matcher credentials = Pattern.compile("const sandboxCredentials = \\[\"([^\"]*)\",\"([^\"]*)\"\\];")
			.matcher(get("/swagger-ui/swagger-initializer.js"));
		assertThat(credentials.find()).as("the page starts authorised on the embedded sandbox").isTrue();
		authorization = java.util.Base64.getEncoder()
			.encodeToString((credentials.group(1) + ":" + credentials.group(2)).getBytes());
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	static Stream<Arguments> operations() {
		List<Arguments> operations = new ArrayList<>();
		spec.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			if (METHODS.contains(entry.getKey())) {
				operations.add(Arguments.of(Named.of(entry.getValue().path("operationId").asString(),
						new TriedOperation(path.getKey(), entry.getKey(), entry.getValue()))));
			}
		}));
		return operations.stream().sorted(Comparator.comparing((arguments) -> deletes(arguments)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void tryItOutWithThePrefilledValuesIsAnswered(TriedOperation operation) {
		SwaggerUiPrefill request = SwaggerUiPrefill.of(spec, operation.path(), operation.method(), operation.node());

		EntityExchangeResult<String> answer = send(request);

		int status = answer.getStatus().value();
		assertThat(operation.notRouted() ? status == 404 : answer.getStatus().is2xxSuccessful())
			.as("%s %s %s answered %d %s", request.method(), request.uri(), request.body(), status,
					answer.getResponseBody())
			.isTrue();
	}

	private static EntityExchangeResult<String> send(SwaggerUiPrefill request) {
		WebTestClient.RequestBodySpec exchange = gateway.client()
			.method(HttpMethod.valueOf(request.method()))
			.uri(URI.create(gateway.url() + request.uri()))
			.header("Authorization", "Basic " + authorization);
		WebTestClient.RequestHeadersSpec<?> withBody = (request.body() != null)
				? exchange.contentType(MediaType.APPLICATION_JSON).bodyValue(request.body()) : exchange;
		return withBody.exchange().expectBody(String.class).returnResult();
	}

	private static String get(String uri) {
		return gateway.client()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static boolean deletes(Arguments arguments) {
		return ((TriedOperation) ((Named<?>) arguments.get()[0]).getPayload()).method().equals("delete");
	}

	/**
	 * One operation of the served spec.
	 *
	 * @param path its path template
	 * @param method its method, lower case
	 * @param node its operation object
	 */
	record TriedOperation(String path, String method, JsonNode node) {

		boolean notRouted() {
			return "not-routed".equals(this.node.path("x-mautic-quirk").asString(""));
		}

	}

}
