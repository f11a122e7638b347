package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tools read the schema with introspection queries deeper than any limit meant for
 * upstream cost (GraphiQL's is 13 levels): with introspection on, they are answered
 * whatever the limits, and the limits still hold for anything that asks Mautic.
 */
class GraphQlIntrospectionTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start("mautic.graphql.limits.max-depth=5",
			"mautic.graphql.limits.max-complexity=20", "mautic.graphql.limits.max-aliases=1");

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@Test
	void theFullIntrospectionQueryIsAnsweredWhateverTheLimits() {
		graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.types[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).contains("Query", "Mutation", "Contact", "Segment"));

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aQueryThatAlsoAsksMauticIsStillLimited() {
		List<ResponseError> errors = new ArrayList<>();
		graphQl.document("{ __schema { queryType { name } } "
				+ "segment(alias: \"vip\") { contacts(first: 1) { nodes { activity(first: 1) { nodes { event } } } } } }")
			.execute()
			.errors()
			.satisfy(errors::addAll);

		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED")
				.containsEntry("limit", "max-depth"));
		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

}
