package org.mauticapi.gateway.graphql;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * List reads ask Mautic for only what the selection reads: {@code minimal=true} when no
 * selected field needs the parts a minimal item lacks, {@code select[]} with the field
 * aliases read unless a field is read by its alias argument; and the answer is the same
 * for the selected fields.
 */
class GraphQlNarrowingTests {

	// As Mautic answers select[]=email&select[]=id&minimal=true: no heavy parts, only the
	// selected values, no nulls.
	private static final String NARROW_LIST = """
			{"total": "2", "contacts": {
			  "1": {"isPublished": true, "dateAdded": "2026-11-20T10:00:00+00:00", "id": 1, "points": 12,
			        "fields": {"all": {"id": "1", "email": "ada@example.com"}}},
			  "2": {"isPublished": true, "dateAdded": "2026-11-20T10:00:00+00:00", "id": 2, "points": 3,
			        "fields": {"all": {"id": "2"}}}}}""";

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@Test
	void aFieldReadByItsAliasAsksForEveryValueSinceSelectNamesNoCustomField() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(okJson(NARROW_LIST)));

		graphQl.document(
				"{ contacts(first: 2) { nodes { id points email city lastActive fieldOne: field(alias: \"loyalty_tier\") } } }")
			.execute()
			.path("contacts.nodes[*].email")
			.entityList(String.class)
			.containsExactly("ada@example.com", null)
			.path("contacts.nodes[*].points")
			.entityList(Integer.class)
			.containsExactly(12, 3)
			.path("contacts.nodes[0].lastActive")
			.valueIsNull()
			.path("contacts.nodes[0].city")
			.valueIsNull();
		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("minimal", absent())
			.withQueryParam("select[]", absent()));
	}

	@Test
	void minimalIsAskedForOnlyWhenNoSelectedFieldNeedsTheHeavyParts() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(okJson(NARROW_LIST)));

		graphQl.document(
				"{ a: contacts(first: 2) { nodes { email points } } b: contacts(first: 2) { edges { node { tags } } } }")
			.execute()
			.path("a.nodes[0].email")
			.entity(String.class)
			.isEqualTo("ada@example.com");

		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("minimal", equalTo("true"))
			.withQueryParam("select[]", havingExactly("email", "id")));
		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("minimal", absent())
			.withQueryParam("select[]", havingExactly("id")));
	}

	@Test
	void aRelationStillGetsTheIdItNeedsAndEveryValueMeansNoSelect() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(okJson(NARROW_LIST)));
		mautic.stubFor(get(urlPathMatching("/api/contacts/[0-9]+/segments"))
			.willReturn(okJson("{\"total\":1,\"lists\":{\"3\":{\"id\":3,\"name\":\"VIP\",\"alias\":\"vip\"}}}")));

		graphQl.document("{ contacts(first: 2) { nodes { segments { name } fieldValues { alias value } } } }")
			.execute()
			.path("contacts.nodes[*].segments[0].name")
			.entityList(String.class)
			.containsExactly("VIP", "VIP")
			.path("contacts.nodes[0].fieldValues[1].value")
			.entity(String.class)
			.isEqualTo("ada@example.com");

		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("minimal", equalTo("true"))
			.withQueryParam("select[]", absent()));
		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts/1/segments")));
		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts/2/segments")));
	}

	@Test
	void aSegmentListAsksForMinimalSegmentsUnlessFiltersAreSelected() {
		mautic.stubFor(get(urlPathEqualTo("/api/segments"))
			.willReturn(okJson("{\"total\":1,\"lists\":{\"3\":{\"id\":3,\"name\":\"VIP\",\"alias\":\"vip\"}}}")));

		graphQl.document("{ a: segments { nodes { name } } b: segments { nodes { filters { field } } } }")
			.execute()
			.path("a.nodes[0].name")
			.entity(String.class)
			.isEqualTo("VIP");

		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/segments")).withQueryParam("minimal", equalTo("true")));
		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/segments")).withQueryParam("minimal", absent()));
	}

}
