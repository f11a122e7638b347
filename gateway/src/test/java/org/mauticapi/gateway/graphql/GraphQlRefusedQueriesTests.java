package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries the gateway refuses before it asks Mautic anything, each with an error whose {@code extensions.code} says
 * why.
 */
class GraphQlRefusedQueriesTests {

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	private static HttpGraphQlTester graphQl;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic));
		graphQl = HttpGraphQlTester.create(gateway.client().mutate().baseUrl(gateway.url() + "/graphql").build())
			.mutate()
			.header("Authorization", "Basic YWRtaW46bWF1dGlj")
			.build();
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	@BeforeEach
	void reset() {
		mautic.resetAll();
	}

	static Stream<Arguments> invalidQueries() {
		return Stream.of(refused("a syntax error", "{ contact(id: 5) { email ", Map.of(), "BAD_USER_INPUT"),
				refused("an unknown field", "{ contact(id: 5) { nope } }", Map.of(), "BAD_USER_INPUT"),
				refused("an argument of the wrong type", "{ contact(id: \"five\") { email } }", Map.of(),
						"BAD_USER_INPUT"),
				refused("a missing required argument", "{ contact { email } }", Map.of(), "BAD_USER_INPUT"),
				refused("a variable of the wrong type", "query($id: Int!) { contact(id: $id) { email } }",
						Map.of("id", "five"), "BAD_USER_INPUT"),
				refused("a mutation the schema does not have", "mutation { deleteEverything }", Map.of(),
						"BAD_USER_INPUT"));
	}

	@ParameterizedTest
	@MethodSource("invalidQueries")
	void invalidQueriesAreRefusedWithACodeBeforeAnyUpstreamCall(String document, Map<String, Object> variables,
			String code) {
		List<ResponseError> errors = errorsOf(document, variables);

		assertThat(errors).isNotEmpty().allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", code));
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	private static List<ResponseError> errorsOf(String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = graphQl.document(document);
		variables.forEach(request::variable);
		List<ResponseError> errors = new ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		return errors;
	}

	private static Arguments refused(String name, String document, Map<String, Object> variables, String code) {
		return Arguments.of(Named.of(name, document), variables, code);
	}

}
