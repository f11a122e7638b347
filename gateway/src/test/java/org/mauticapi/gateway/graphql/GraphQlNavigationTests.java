package org.mauticapi.gateway.graphql;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The graph both ways: an event's contact and a membership's segment are looked up by id,
 * the ids of a whole level in one call (Mautic's {@code ids:} search command), an unknown
 * id is null without failing the others, and what was listed for a contact leads back to
 * it without a call.
 */
class GraphQlNavigationTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@Test
	void theContactsOfAPageOfEventsAreLookedUpInOneCall() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts/activity")).willReturn(
				okJson("""
						{"total": 3, "events": [
						  {"event": "email.read", "eventId": "email.read3", "eventType": "Email read", "timestamp": "2026-11-22T20:17:04+00:00", "contactId": "7"},
						  {"event": "email.read", "eventId": "email.read2", "eventType": "Email read", "timestamp": "2026-11-22T20:17:03+00:00", "contactId": "9"},
						  {"event": "email.read", "eventId": "email.read1", "eventType": "Email read", "timestamp": "2026-11-22T20:17:02+00:00", "contactId": "7"}]}""")));
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).withQueryParam("search", equalTo("ids:7,9"))
			.willReturn(
					okJson("""
							{"total": "1", "contacts": {"7": {"id": 7, "points": 0, "fields": {"all": {"email": "seven@example.com"}}}}}""")));

		graphQl.document("{ activity(first: 3) { nodes { eventId contact { id email } } } }")
			.execute()
			.path("activity.nodes[*].contact.email")
			.entityList(String.class)
			.containsExactly("seven@example.com", "seven@example.com")
			.path("activity.nodes[1].contact")
			.valueIsNull();

		mautic.verify(1, getRequestedFor(urlPathEqualTo("/api/contacts")).withQueryParam("search", equalTo("ids:7,9"))
			.withQueryParam("limit", equalTo("2")));
		mautic.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void aMembershipLeadsToItsSegmentAndBackToItsContactWithoutFurtherCalls() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson("""
				{"contact": {"id": 5, "points": 0, "fields": {"all": {"email": "five@example.com"}}}}""")));
		mautic.stubFor(get(urlEqualTo("/api/contacts/5/segments")).willReturn(
				okJson("""
						{"total": 2, "lists": {"3": {"id": 3, "name": "VIP", "alias": "vip"}, "4": {"id": 4, "name": "UK", "alias": "uk"}}}""")));
		mautic.stubFor(
				get(urlPathEqualTo("/api/segments")).withQueryParam("search", equalTo("ids:3,4")).willReturn(okJson("""
						{"total": 2, "lists": [{"id": 3, "name": "VIP", "alias": "vip", "isGlobal": true},
						  {"id": 4, "name": "UK", "alias": "uk", "isGlobal": false}]}""")));

		graphQl.document("{ contact(id: 5) { segments { segment { alias isGlobal } contact { email } } } }")
			.execute()
			.path("contact.segments[*].segment.isGlobal")
			.entityList(Boolean.class)
			.containsExactly(true, false)
			.path("contact.segments[*].contact.email")
			.entityList(String.class)
			.containsExactly("five@example.com", "five@example.com");

		mautic.verify(3, anyRequestedFor(anyUrl()));
	}

}
