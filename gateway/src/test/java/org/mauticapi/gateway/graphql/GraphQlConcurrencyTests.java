package org.mauticapi.gateway.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;
import org.mauticapi.gateway.support.InFlightMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nested lookups of one GraphQL request overlap up to
 * {@code mautic.graphql.max-concurrent-lookups}, shown by a fake Mautic that counts the
 * calls in flight (no timing is asserted), and identical lookups are made once.
 */
class GraphQlConcurrencyTests {

	// The nested lookups are held; the list answers at once. A bound that works never
	// waits the whole 10 s.
	private static final InFlightMautic mautic = InFlightMautic.start(Duration.ofSeconds(10),
			(uri) -> uri.matches("/api/contacts/[0-9]+/.*"), GraphQlConcurrencyTests::answer);

	private static final RunningGateway defaults = RunningGateway.start("mautic.base-url=" + mautic.url());

	private static final RunningGateway bounded = RunningGateway.start("mautic.base-url=" + mautic.url(),
			"mautic.graphql.max-concurrent-lookups=8");

	@AfterAll
	static void stop() {
		defaults.close();
		bounded.close();
		mautic.close();
	}

	@Test
	void fiftyContactsWithSegmentsAndActivityMakeTheirHundredLookupsAtOnceByDefault() {
		mautic.reset(100);

		graphQl(defaults)
			.document(
					"{ contacts(first: 50) { nodes { id segments { name } activity(first: 5) { nodes { event } } } } }")
			.execute()
			.path("contacts.nodes[*].segments[0].name")
			.entityList(String.class)
			.hasSize(50)
			.path("contacts.nodes[*].activity.nodes[0].event")
			.entityList(String.class)
			.hasSize(50);

		assertThat(defaults.bean(GraphQlProperties.class).maxConcurrentLookups()).isEqualTo(100);
		assertThat(mautic.maxInFlight()).isEqualTo(100);
		assertThat(mautic.requests()).hasSize(101).allSatisfy((uri, count) -> assertThat(count).isOne());
	}

	@Test
	void lookupsBeyondTheBoundWaitForAFreeSlot() {
		mautic.reset(8);

		graphQl(bounded)
			.document(
					"{ contacts(first: 12) { nodes { id segments { name } activity(first: 5) { nodes { event } } } } }")
			.execute()
			.path("contacts.nodes[*].segments[0].name")
			.entityList(String.class)
			.hasSize(12);

		// 24 lookups, 8 at a time: three full waves, never more.
		assertThat(mautic.maxInFlight()).isEqualTo(8);
		assertThat(mautic.requests()).hasSize(25);
	}

	@Test
	void identicalLookupsInOneRequestAreMadeOnce() {
		mautic.reset(50);

		graphQl(defaults)
			.document("{ contacts(first: 50) { nodes { id a: segments { name } b: segments { alias } } } }")
			.execute()
			.path("contacts.nodes[*].b[0].alias")
			.entityList(String.class)
			.hasSize(50);

		assertThat(mautic.maxInFlight()).isEqualTo(50);
		assertThat(mautic.requests()).hasSize(51).allSatisfy((uri, count) -> assertThat(count).isOne());
	}

	private static HttpGraphQlTester graphQl(RunningGateway gateway) {
		return HttpGraphQlTester.create(gateway.client().mutate().baseUrl(gateway.url() + "/graphql").build())
			.mutate()
			.header("Authorization", GraphQlOnFakeMautic.AUTHORIZATION)
			.build();
	}

	private static String answer(String uri) {
		if (uri.matches("/api/contacts/[0-9]+/segments")) {
			return "{\"total\":1,\"lists\":{\"3\":{\"id\":3,\"name\":\"VIP\",\"alias\":\"vip\"}}}";
		}
		if (uri.matches("/api/contacts/[0-9]+/activity\\?.*")) {
			return "{\"total\":1,\"events\":[{\"event\":\"email.read\",\"eventType\":\"Email read\","
					+ "\"timestamp\":\"2026-11-22T20:17:04+00:00\"}]}";
		}
		int limit = Integer.parseInt(uri.replaceAll(".*[?&]limit=([0-9]+).*", "$1"));
		StringJoiner contacts = new StringJoiner(",", "{\"total\":\"" + limit + "\",\"contacts\":{", "}}");
		for (int id = 1; id <= limit; id++) {
			contacts.add("\"" + id + "\":{\"id\":" + id + ",\"fields\":{\"all\":{\"id\":\"" + id + "\"}}}");
		}
		return contacts.toString();
	}

}
