package org.mauticapi.gateway.graphql;

import java.util.StringJoiner;

import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL API in front of a fake Mautic: normalised answers, errors at their path,
 * and the upstream calls a query costs.
 */
class GraphQlUpstreamTests {

	private static final String AUTHORIZATION = GraphQlOnFakeMautic.AUTHORIZATION;

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final RunningGateway gateway = fixture.gateway();

	private static final HttpGraphQlTester graphQl = fixture.graphQl()
		.header(UpstreamCallsInterceptor.STATS_HEADER, "true")
		.build();

	@Test
	void contactIsNormalisedAndItsSegmentsAreAList() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(contact(5))));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/segments")).willReturn(okJson(segments())));

		graphQl.document("""
				{ contact(id: 5) { id email points lastActive field(alias: "city") segments { name alias } } }""")
			.execute()
			.path("contact.email")
			.entity(String.class)
			.isEqualTo("c5@example.com")
			.path("contact.points")
			.entity(Integer.class)
			.isEqualTo(12)
			.path("contact.lastActive")
			.entity(String.class)
			.isEqualTo("2026-11-22T20:17:04Z")
			.path("contact.field")
			.entity(String.class)
			.isEqualTo("Zürich")
			.path("contact.segments[*].alias")
			.entityList(String.class)
			.containsExactly("vip");
		mautic.verify(getRequestedFor(urlPathEqualTo("/api/contacts/5/segments")).withHeader("Authorization",
				equalTo(AUTHORIZATION)));
	}

	@Test
	void aNestedNotFoundNullsTheFieldWithAnErrorAtItsPath() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(contact(5))));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/segments"))
			.willReturn(notFound().withHeader("Content-Type", "application/json")
				.withBody("{\"errors\":[{\"code\":404,\"message\":\"Item was not found.\",\"details\":[]}]}")));

		graphQl.document("{ contact(id: 5) { email segments { name } } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getParsedPath()).containsExactly("contact", "segments");
			assertThat(errors.get(0).getMessage()).isEqualTo("Item was not found.");
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("status", 404);
		})
			.path("contact.email")
			.entity(String.class)
			.isEqualTo("c5@example.com")
			.path("contact.segments")
			.valueIsNull();
	}

	@Test
	void fiftyContactsWithSegmentsCostOneCallPerContactPlusTheList() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).withQueryParam("limit", equalTo("50"))
			.willReturn(okJson(contactList(50))));
		mautic.stubFor(get(urlPathMatching("/api/contacts/[0-9]+/segments")).willReturn(okJson(segments())));

		graphQl.document("{ contacts(first: 50) { totalCount nodes { id segments { name } } } }")
			.execute()
			.path("contacts.totalCount")
			.entity(Integer.class)
			.isEqualTo(50)
			.path("contacts.nodes[*].segments[0].name")
			.entityList(String.class)
			.hasSize(50);
		assertThat(upstreamCalls("{ contacts(first: 50) { nodes { id segments { name } } } }")).isEqualTo(51);
	}

	@Test
	void identicalLookupsInOneRequestAreMadeOnce() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(contact(5))));

		graphQl.document("{ a: contact(id: 5) { email } b: contact(id: 5) { points } }")
			.execute()
			.path("a.email")
			.entity(String.class)
			.isEqualTo("c5@example.com")
			.path("b.points")
			.entity(Integer.class)
			.isEqualTo(12);
		mautic.verify(1, getRequestedFor(urlEqualTo("/api/contacts/5")));
		assertThat(upstreamCalls("{ a: contact(id: 5) { email } b: contact(id: 5) { points } }")).isEqualTo(1);
	}

	@Test
	void segmentByAliasIsTheListedSegmentWithExactlyThatAlias() {
		mautic
			.stubFor(get(urlPathEqualTo("/api/segments")).withQueryParam("search", equalTo("vip"))
				.withQueryParam("limit", equalTo("0"))
				.willReturn(okJson(
						"{\"total\":2,\"lists\":{\"4\":{\"id\":4,\"name\":\"VIP former\",\"alias\":\"vip-former\"},"
								+ "\"3\":{\"id\":3,\"name\":\"VIP\",\"alias\":\"vip\"}}}")));

		graphQl.document("{ segment(alias: \"vip\") { id name } }")
			.execute()
			.path("segment.id")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("segment.name")
			.entity(String.class)
			.isEqualTo("VIP");
	}

	@Test
	void segmentByAliasIsNullWhenOnlyOtherAliasesMatchTheSearch() {
		mautic.stubFor(get(urlPathEqualTo("/api/segments")).willReturn(
				okJson("{\"total\":1,\"lists\":{\"4\":{\"id\":4,\"name\":\"VIP former\",\"alias\":\"vip-former\"}}}")));

		graphQl.document("{ segment(alias: \"vip\") { id } }").execute().path("segment").valueIsNull();
	}

	@Test
	void tagsAreTheirNames() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(contact(5).replace("\"tags\":[]",
				"\"tags\":[{\"id\":1,\"tag\":\"gold\"},{\"id\":2,\"tag\":\"vip\"}]"))));

		graphQl.document("{ contact(id: 5) { tags } }")
			.execute()
			.path("contact.tags")
			.entityList(String.class)
			.containsExactly("gold", "vip");
	}

	@Test
	void contactRelationshipsAreFetchedWithTheContactsIdAndGivenAsLists() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(contact(5))));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/campaigns")).willReturn(okJson("{\"total\":2,\"campaigns\":"
				+ "{\"1\":{\"id\":1,\"name\":\"Onboarding\",\"dateAdded\":\"2026-11-22T20:28:12+00:00\","
				+ "\"manuallyRemoved\":false,\"manuallyAdded\":true,\"lists\":[]},\"2\":{\"id\":2,\"name\":\"Welcome\","
				+ "\"dateAdded\":\"2026-11-22T20:28:12+00:00\",\"manuallyRemoved\":false,\"manuallyAdded\":false,"
				+ "\"listMembership\":[7]}}}")));
		mautic
			.stubFor(get(urlEqualTo("/api/contacts/5/companies")).willReturn(okJson("{\"total\":0,\"companies\":[]}")));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/points/groups"))
			.willReturn(okJson("{\"total\":1,\"groupScores\":[{\"score\":21,\"group\":{\"id\":6,\"name\":\"A\"}}]}")));
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/5/devices")).withQueryParam("limit", equalTo("20"))
			.willReturn(okJson("{\"total\":1,\"devices\":[{\"id\":9,\"lead\":[],\"clientInfo\":[],"
					+ "\"device\":\"desktop\"}]}")));

		graphQl.document(
				"""
						{ contact(id: 5) { campaigns { name listMembership } companies { id } doNotContact { reason } utmTags { id }
						  pointGroups { score group { name } } devices { totalCount nodes { device clientInfo { name } } } } }""")
			.execute()
			.path("contact.campaigns[*].name")
			.entityList(String.class)
			.containsExactly("Onboarding", "Welcome")
			.path("contact.campaigns[0].listMembership")
			.entityList(Integer.class)
			.hasSize(0)
			.path("contact.campaigns[1].listMembership")
			.entityList(Integer.class)
			.containsExactly(7)
			.path("contact.companies")
			.entityList(Object.class)
			.hasSize(0)
			.path("contact.doNotContact")
			.entityList(Object.class)
			.hasSize(0)
			.path("contact.utmTags")
			.entityList(Object.class)
			.hasSize(0)
			.path("contact.pointGroups[0].score")
			.entity(Integer.class)
			.isEqualTo(21)
			.path("contact.pointGroups[0].group.name")
			.entity(String.class)
			.isEqualTo("A")
			.path("contact.devices.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("contact.devices.nodes[0].device")
			.entity(String.class)
			.isEqualTo("desktop")
			.path("contact.devices.nodes[0].clientInfo")
			.valueIsNull();
	}

	@Test
	void aPointGroupScoreIsReadByGroupAndIsNullWhenMauticAnswersABareEmptyArray() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(contact(5))));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/points/groups/1"))
			.willReturn(okJson("{\"groupScore\":{\"score\":100,\"group\":{\"id\":1,\"name\":\"Engagement\"}}}")));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/points/groups/2")).willReturn(okJson("[]")));

		graphQl.document(
				"{ contact(id: 5) { a: pointGroupScore(groupId: 1) { score group { name } } b: pointGroupScore(groupId: 2) { score } } }")
			.execute()
			.path("contact.a.score")
			.entity(Integer.class)
			.isEqualTo(100)
			.path("contact.a.group.name")
			.entity(String.class)
			.isEqualTo("Engagement")
			.path("contact.b")
			.valueIsNull();
	}

	@Test
	void theGlobalActivityFeedIsAConnectionOverMauticsPages() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/activity")).withQueryParam("limit", equalTo("5"))
			.withQueryParam("page", equalTo("1"))
			.withQueryParam("filters[search]", equalTo("opened"))
			.willReturn(okJson("{\"total\":7,\"events\":[{\"event\":\"email.read\",\"eventType\":\"Email read\","
					+ "\"timestamp\":\"2026-11-22T20:17:04+00:00\"}]}")));

		graphQl.document("{ activity(first: 5, search: \"opened\") { totalCount nodes { event timestamp } } }")
			.execute()
			.path("activity.totalCount")
			.entity(Integer.class)
			.isEqualTo(7)
			.path("activity.nodes[0].event")
			.entity(String.class)
			.isEqualTo("email.read");
	}

	@Test
	void theSchemaCanBeIntrospectedByDefault() {
		graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	// The count the gateway reports in extensions when asked with X-Upstream-Stats.
	private static int upstreamCalls(String document) {
		Integer calls = gateway.client()
			.post()
			.uri("/graphql")
			.header("Authorization", AUTHORIZATION)
			.header(UpstreamCallsInterceptor.STATS_HEADER, "true")
			.bodyValue(java.util.Map.of("query", document))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.path("extensions")
			.path("upstreamCalls")
			.asInt();
		return calls;
	}

	private static String contact(int id) {
		return "{\"contact\":" + contactBody(id) + "}";
	}

	// As Mautic sends it: points as a string in fields.all, SQL date-times there, ISO
	// ones at the top.
	private static String contactBody(int id) {
		return "{\"isPublished\":true,\"dateAdded\":\"2026-11-20T10:00:00+00:00\",\"id\":" + id + ",\"points\":12,"
				+ "\"lastActive\":\"2026-11-22T20:17:04+00:00\",\"tags\":[],\"utmtags\":null,\"fields\":{\"all\":"
				+ "{\"id\":\"" + id + "\",\"email\":\"c" + id + "@example.com\",\"city\":\"Z\\u00fcrich\","
				+ "\"points\":\"12\",\"last_active\":\"2026-11-22 20:17:04\"}}}";
	}

	private static String contactList(int count) {
		StringJoiner contacts = new StringJoiner(",", "{\"total\":\"" + count + "\",\"contacts\":{", "}}");
		for (int id = 1; id <= count; id++) {
			contacts.add("\"" + id + "\":" + contactBody(id));
		}
		return contacts.toString();
	}

	private static String segments() {
		return "{\"total\":1,\"lists\":{\"3\":{\"id\":3,\"name\":\"VIP\",\"alias\":\"vip\","
				+ "\"dateAdded\":\"2026-11-21T09:00:00+00:00\",\"manuallyRemoved\":false,\"manuallyAdded\":true}}}";
	}

}
