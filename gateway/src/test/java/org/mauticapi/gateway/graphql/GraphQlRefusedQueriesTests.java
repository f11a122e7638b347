package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries the gateway refuses before it asks Mautic anything, each with an error whose
 * {@code extensions.code} says why: invalid ones, and ones over the limits (set low
 * here).
 */
class GraphQlRefusedQueriesTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start("mautic.graphql.limits.max-depth=5",
			"mautic.graphql.limits.max-complexity=200", "mautic.graphql.limits.max-aliases=2",
			"mautic.graphql.limits.introspection=false", "mautic.graphql.max-page-size=50");

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

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

		assertThat(errors).isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", code));
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	static Stream<Arguments> overLimitQueries() {
		return Stream.of(overLimit("too deep (6 > 5)",
				"{ segment(alias: \"vip\") { contacts(first: 1) { nodes { activity(first: 1) { nodes { event } } } } } }",
				"max-depth"),
				overLimit("too costly (1 + 50 x 4 > 200)", "{ contacts(first: 50) { nodes { email points tags } } }",
						"max-complexity"),
				overLimit("too many aliases (3 > 2)",
						"{ a: contact(id: 1) { email } b: contact(id: 2) { email } c: contact(id: 3) { email } }",
						"max-aliases"),
				overLimit("too large a page (51 > 50)", "{ contacts(first: 51) { totalCount } }", "max-page-size"));
	}

	@ParameterizedTest
	@MethodSource("overLimitQueries")
	void overLimitQueriesAreRefusedBeforeAnyUpstreamCall(String document, String limit) {
		List<ResponseError> errors = errorsOf(document, Map.of());

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED")
				.containsEntry("limit", limit);
			assertThat(error.getMessage()).contains("the most this gateway answers is");
		});
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aQueryWithinTheLimitsIsAnswered() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(
				okJson("{\"contact\":{\"id\":5,\"points\":0,\"fields\":{\"all\":{\"email\":\"c5@example.com\"}}}}")));

		graphQl.document("{ a: contact(id: 5) { email } b: contact(id: 5) { id } }")
			.execute()
			.path("a.email")
			.entity(String.class)
			.isEqualTo("c5@example.com");
	}

	@Test
	void introspectionCanBeSwitchedOff() {
		List<ResponseError> errors = errorsOf("{ __schema { queryType { name } } }", Map.of());

		assertThat(errors).isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN"));
	}

	private static List<ResponseError> errorsOf(String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = graphQl.document(document);
		variables.forEach(request::variable);
		List<ResponseError> errors = new ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		return errors;
	}

	private static Arguments overLimit(String name, String document, String limit) {
		return Arguments.of(Named.of(name, document), limit);
	}

	private static Arguments refused(String name, String document, Map<String, Object> variables, String code) {
		return Arguments.of(Named.of(name, document), variables, code);
	}

}
