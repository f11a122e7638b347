package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paging property, for every connection of the schema on the sandbox's demo data:
 * walked forward with several page sizes, each connection gives every item once, in the
 * same order whatever the page size (the order a page of 100 gives), as many as its
 * {@code totalCount}, and its cursors and {@code pageInfo} agree with that.
 */
@Timeout(600)
class GraphQlPagingIT {

	private static RunningGateway gateway;

	private static HttpGraphQlTester graphQl;

	@BeforeAll
	static void start() {
		gateway = RunningGateway.onSandbox();
		graphQl = HttpGraphQlTester.create(gateway.client().mutate().baseUrl(gateway.url() + "/graphql").build())
			.mutate()
			.header("Authorization", GraphQlOnFakeMautic.AUTHORIZATION)
			.build();
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	// Each connection with the path to it, the key of its items, and the page sizes
	// walked (a walk stays under about
	// 150 pages, so the global activity feed of about 900 events is walked with larger
	// pages).
	static Stream<Arguments> connections() {
		String busiest = busiestContact();
		return Stream.of(
				connection("contacts", "{ contacts(first: $first, after: $after) { %s } }", "contacts", "id", 3, 7, 25,
						100),
				connection("segments", "{ segments(first: $first, after: $after) { %s } }", "segments", "id", 1, 2, 3,
						100),
				connection("activity", "{ activity(first: $first, after: $after) { %s } }", "activity", "eventId", 7,
						25, 100),
				connection("Segment.contacts",
						"{ segment(alias: \"uk-contacts\") { contacts(first: $first, after: $after) { %s } } }",
						"segment.contacts", "id", 1, 2, 7, 100),
				connection("Contact.activity",
						"{ contact(id: " + busiest + ") { activity(first: $first, after: $after) { %s } } }",
						"contact.activity", "eventId", 1, 2, 3, 100),
				connection("Contact.notes",
						"{ contact(id: " + busiest + ") { notes(first: $first, after: $after) { %s } } }",
						"contact.notes", "id", 1, 2, 100),
				connection("Contact.devices",
						"{ contact(id: " + busiest + ") { devices(first: $first, after: $after) { %s } } }",
						"contact.devices", "id", 1, 2, 100));
	}

	@ParameterizedTest
	@MethodSource("connections")
	void forwardPagingGivesEveryItemOnceInOneOrderWhateverThePageSize(String document, String path, String key,
			int[] pageSizes) {
		List<String> reference = walk(document, path, key, 100);

		for (int pageSize : pageSizes) {
			List<String> walked = walk(document, path, key, pageSize);

			assertThat(walked).as("pages of %s", pageSize).doesNotHaveDuplicates().containsExactlyElementsOf(reference);
		}
		assertThat(reference).isNotEmpty();
	}

	// The keys of every item, page after page, checking each page's totalCount and
	// pageInfo on the way.
	@SuppressWarnings("unchecked")
	private static List<String> walk(String document, String path, String key, int pageSize) {
		String selection = "totalCount nodes { " + key + " } edges { cursor node { " + key + " } } "
				+ "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
		String query = "query($first: Int, $after: String) " + document.formatted(selection);
		List<String> keys = new ArrayList<>();
		Set<String> cursors = new HashSet<>();
		String after = null;
		Integer totalCount = null;
		for (int pages = 0; pages < 1000; pages++) {
			Map<String, Object> page = graphQl.document(query)
				.variable("first", pageSize)
				.variable("after", after)
				.execute()
				.path(path)
				.entity(Map.class)
				.get();
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) page.get("nodes");
			List<Map<String, Object>> edges = (List<Map<String, Object>>) page.get("edges");
			Map<String, Object> pageInfo = (Map<String, Object>) page.get("pageInfo");
			totalCount = (totalCount != null) ? totalCount : (Integer) page.get("totalCount");
			assertThat(page.get("totalCount")).as("totalCount on every page").isEqualTo(totalCount);
			assertThat(nodes).hasSizeLessThanOrEqualTo(pageSize).hasSameSizeAs(edges);
			assertThat(pageInfo.get("hasPreviousPage")).isEqualTo(after != null);
			for (int i = 0; i < nodes.size(); i++) {
				keys.add(String.valueOf(nodes.get(i).get(key)));
				assertThat(((Map<?, ?>) edges.get(i).get("node")).get(key)).isEqualTo(nodes.get(i).get(key));
				assertThat(cursors.add(String.valueOf(edges.get(i).get("cursor")))).as("a new cursor").isTrue();
			}
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				assertThat(keys).as("as many items as totalCount").hasSize(totalCount);
				return keys;
			}
			assertThat(nodes).as("a page before the last is full").hasSize(pageSize);
			after = (String) pageInfo.get("endCursor");
			assertThat(after).isEqualTo(edges.get(edges.size() - 1).get("cursor"));
		}
		throw new AssertionError("More than 1000 pages of " + pageSize);
	}

	// The demo contact with the most notes, devices and events, so that its connections
	// have several pages (80
	// contacts a query, whose three relations stay within the upstream-call budget).
	@SuppressWarnings("unchecked")
	private static String busiestContact() {
		List<Map<String, Object>> contacts = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> page = graphQl
				.document("query($after: String) { contacts(first: 80, after: $after) { "
						+ "pageInfo { hasNextPage endCursor } nodes { id notes(first: 1) { totalCount } "
						+ "devices(first: 1) { totalCount } activity(first: 1) { totalCount } } } }")
				.variable("after", after)
				.execute()
				.path("contacts")
				.entity(Map.class)
				.get();
			contacts.addAll((List<Map<String, Object>>) page.get("nodes"));
			Map<String, Object> pageInfo = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
		}
		while (after != null);
		return contacts.stream()
			.max(java.util.Comparator.comparingInt((contact) -> count(contact, "notes") * 1000
					+ count(contact, "devices") * 100 + Math.min(99, count(contact, "activity"))))
			.map((contact) -> String.valueOf(contact.get("id")))
			.orElseThrow();
	}

	private static int count(Map<String, Object> contact, String connection) {
		return (Integer) ((Map<?, ?>) contact.get(connection)).get("totalCount");
	}

	private static Arguments connection(String name, String document, String path, String key, int... pageSizes) {
		return Arguments.of(Named.of(name, document), path, key, pageSizes);
	}

}
