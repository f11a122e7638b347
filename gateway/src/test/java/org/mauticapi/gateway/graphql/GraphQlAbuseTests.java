package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL attacks of issue 13, each reproduced over loopback with its time bounded:
 * every one is refused with a stable {@code extensions.code} before any upstream call.
 */
@Timeout(60)
class GraphQlAbuseTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@Test
	@Timeout(5)
	void aFragmentBombIsRefusedBeforeValidationWithoutAnyUpstreamCall() {
		// 22 levels of fragments that each spread the next twice: 2^22 fields once
		// expanded, in about 1 KB.
		String fragments = IntStream.range(0, 22)
			.mapToObj((level) -> "fragment F" + level + " on Contact { ...F" + (level + 1) + " ...F" + (level + 1)
					+ " email }")
			.collect(Collectors.joining(" ")) + " fragment F22 on Contact { email }";

		List<ResponseError> errors = errorsOf("{ contact(id: 1) { ...F0 } } " + fragments, Map.of());

		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED")
				.containsEntry("limit", "max-fields"));
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aQueryThatWouldMakeTwoThousandCallsIsRefusedWithoutAnyUpstreamCall() {
		String scores = IntStream.range(0, 20)
			.mapToObj((group) -> "g" + group + ": pointGroupScore(groupId: " + (group + 1) + ") { score }")
			.collect(Collectors.joining(" "));

		List<ResponseError> errors = errorsOf("{ contacts(first: 100) { nodes { id " + scores + " } } }", Map.of());

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED")
				.containsEntry("limit", "max-upstream-calls");
			assertThat(error.getMessage()).contains("up to 2001 calls");
		});
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aWhereVariableNested200DeepIsRefusedAsInputWithoutAnyUpstreamCall() {
		Map<String, Object> clause = Map.of("col", "email", "expr", "EQ", "val", "x");
		for (int level = 0; level < 200; level++) {
			clause = Map.of("expr", "AND_X", "clauses", List.of(clause));
		}

		List<ResponseError> errors = errorsOf(
				"query($where: [WhereClauseInput!]) { contacts(first: 1, where: $where) { totalCount } }",
				Map.of("where", List.of(clause)));

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(error.getMessage()).startsWith("where: input objects nest more than 8 levels");
		});
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	private static List<ResponseError> errorsOf(String document, Map<String, Object> variables) {
		var request = graphQl.document(document);
		variables.forEach(request::variable);
		List<ResponseError> errors = new java.util.ArrayList<>();
		request.execute().errors().satisfy(errors::addAll);
		return errors;
	}

}
