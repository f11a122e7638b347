package org.mauticapi.gateway.graphql;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example query through the gateway on a sandbox with the demo data, checked
 * against what the sandbox's REST API answers for the same data.
 */
class GraphQlOnSandboxIT {

	private static final String AUTHORIZATION = "Basic YWRtaW46bWF1dGlj";

	private static RunningGateway gateway;

	private static HttpGraphQlTester graphQl;

	private static WebTestClient rest;

	@BeforeAll
	static void start() {
		gateway = RunningGateway.onSandbox();
		rest = gateway.client().mutate().defaultHeader("Authorization", AUTHORIZATION).build();
		// The example query is the one GraphiQL and the README show.
		graphQl = HttpGraphQlTester.builder(rest.mutate().baseUrl(gateway.url() + "/graphql"))
			.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphiql/")),
					ResourceDocumentSource.FILE_EXTENSIONS))
			.build();
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void segmentContactsWithTheirSegmentsAndActivityAnswerAsTheRestApiDoes() {
		JsonNode members = rest("/api/contacts?search=segment:vip-customers&start=0&limit=20");
		List<Map<String, Object>> expected = new ArrayList<>();
		for (JsonNode contact : members.get("contacts")) {
			expected.add(expectedNode(contact));
		}

		JsonNode answer = JsonMapper.shared()
			.valueToTree(graphQl.documentName("segmentContactsWithActivity")
				.execute()
				.path("segment")
				.entity(Map.class)
				.get());

		assertThat(answer.get("name").asString()).isEqualTo("VIP customers");
		assertThat(answer.at("/contacts/totalCount").asInt())
			.isEqualTo(Integer.parseInt(members.get("total").asString()))
			.isGreaterThan(0);
		assertThat(expected).isNotEmpty()
			.allSatisfy((node) -> assertThat((List<?>) node.get("segments")).isNotEmpty())
			.anySatisfy((node) -> assertThat((List<?>) node.get("tags")).isNotEmpty())
			.allSatisfy((node) -> assertThat((List<?>) ((Map<?, ?>) node.get("activity")).get("nodes")).isNotEmpty()
				.hasSizeLessThanOrEqualTo(5));
		assertThat(JsonMapper.shared().convertValue(answer.at("/contacts/nodes"), List.class))
			.usingRecursiveComparison()
			.isEqualTo(expected);
	}

	@Test
	void theContactsRelationshipsAndTheListsHoldWhatTheRestApiCounts() {
		int id = rest("/api/contacts?search=segment:vip-customers&limit=1").get("contacts")
			.properties()
			.iterator()
			.next()
			.getValue()
			.get("id")
			.asInt();

		GraphQlTester.Response response = graphQl.document("""
				query ($id: ID!) {
				  contact(id: $id) {
				    campaigns { name } notes { totalCount } companies { id } devices { totalCount }
				    pointGroups { score } doNotContact { reason } utmTags { id }
				  }
				  activity(first: 5) { totalCount nodes { event } }
				  contactFields { alias } owners { id } userSegments { alias }
				}""").variable("id", id).execute();
		JsonNode answer = JsonMapper.shared()
			.valueToTree(Map.of("contact", response.path("contact").entity(Map.class).get(), "activity",
					response.path("activity").entity(Map.class).get(), "contactFields",
					response.path("contactFields").entity(List.class).get(), "owners",
					response.path("owners").entity(List.class).get(), "userSegments",
					response.path("userSegments").entity(List.class).get()));

		JsonNode contact = answer.get("contact");
		assertThat(contact.get("campaigns")).hasSize(rest("/api/contacts/" + id + "/campaigns").get("total").asInt());
		assertThat(contact.at("/notes/totalCount").asInt())
			.isEqualTo(rest("/api/contacts/" + id + "/notes").get("total").asInt());
		assertThat(contact.get("companies")).hasSize(rest("/api/contacts/" + id + "/companies").get("total").asInt());
		assertThat(contact.at("/devices/totalCount").asInt())
			.isEqualTo(rest("/api/contacts/" + id + "/devices").get("total").asInt());
		assertThat(contact.get("pointGroups"))
			.hasSize(rest("/api/contacts/" + id + "/points/groups").get("total").asInt());
		JsonNode restContact = rest("/api/contacts/" + id).get("contact");
		assertThat(contact.get("doNotContact")).hasSize(restContact.get("doNotContact").size());
		assertThat(contact.get("utmTags")).hasSize(restContact.path("utmtags").size());
		assertThat(answer.at("/activity/totalCount").asInt())
			.isEqualTo(rest("/api/contacts/activity").get("total").asInt())
			.isGreaterThan(0);
		assertThat(answer.at("/activity/nodes")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(answer.get("contactFields")).hasSize(rest("/api/contacts/list/fields").size());
		assertThat(answer.get("owners")).hasSize(rest("/api/contacts/list/owners").size()).isNotEmpty();
		assertThat(answer.get("userSegments")).hasSize(rest("/api/contacts/list/segments").size()).isNotEmpty();
	}

	@Test
	void narrowedListReadsAnswerTheSelectedFieldsAsTheFullRestAnswerHasThem() {
		JsonNode full = rest("/api/contacts?start=0&limit=30&orderBy=id");
		List<Map<String, Object>> light = new ArrayList<>();
		List<Map<String, Object>> heavy = new ArrayList<>();
		for (JsonNode contact : full.get("contacts")) {
			Map<String, Object> values = new HashMap<>();
			values.put("id", contact.get("id").asString());
			values.put("email", text(contact.at("/fields/all/email")));
			values.put("firstname", text(contact.at("/fields/all/firstname")));
			values.put("points", contact.get("points").asInt());
			values.put("tier", text(contact.at("/fields/all/loyalty_tier")));
			light.add(values);
			List<String> tags = new ArrayList<>();
			contact.get("tags").forEach((tag) -> tags.add(tag.get("tag").asString()));
			Map<String, Object> more = new HashMap<>(values);
			more.put("tags", tags);
			more.put("owner", contact.get("owner").isNull() ? null
					: Map.of("username", contact.at("/owner/username").asString()));
			more.put("lastActive",
					contact.get("lastActive").isNull() ? null
							: OffsetDateTime.parse(contact.get("lastActive").asString())
								.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
			heavy.add(more);
		}

		// minimal=true and select[]; then select[] alone (tags, owner and lastActive are
		// not in a minimal contact).
		List<?> minimal = graphQl.document(
				"""
						{ contacts(first: 30, orderBy: "id") { nodes { id email firstname points tier: field(alias: "loyalty_tier") } } }""")
			.execute()
			.path("contacts.nodes")
			.entity(List.class)
			.get();
		List<?> selected = graphQl
			.document(
					"""
							{ contacts(first: 30, orderBy: "id") { nodes { id email firstname points tier: field(alias: "loyalty_tier")
							  tags owner { username } lastActive } } }""")
			.execute()
			.path("contacts.nodes")
			.entity(List.class)
			.get();

		assertThat(light).hasSize(30).anySatisfy((values) -> assertThat(values.get("tier")).isNotNull());
		assertThat(minimal).usingRecursiveComparison().isEqualTo(light);
		assertThat(selected).usingRecursiveComparison().isEqualTo(heavy);
	}

	@Test
	void whereClausesFilterAsTheRestApiDoes() {
		JsonNode expected = rest("/api/contacts?limit=100&where[0][expr]=orX"
				+ "&where[0][val][0][col]=points&where[0][val][0][expr]=gte&where[0][val][0][val]=50"
				+ "&where[0][val][1][col]=loyalty_tier&where[0][val][1][expr]=eq&where[0][val][1][val]=gold");

		int total = graphQl.document("""
				{ contacts(first: 100, where: [{expr: OR_X, clauses: [{col: "points", expr: GTE, val: "50"},
				  {col: "loyalty_tier", expr: EQ, val: "gold"}]}]) { totalCount } }""")
			.execute()
			.path("contacts.totalCount")
			.entity(Integer.class)
			.get();

		assertThat(total).isEqualTo(Integer.parseInt(expected.get("total").asString()))
			.isGreaterThan(0)
			.isLessThan(Integer.parseInt(rest("/api/contacts?limit=1").get("total").asString()));
	}

	@Test
	void aContactCreatedUpdatedAddedToASegmentAndDeletedByMutationsIsSeenSoByTheReads() {
		int segmentId = graphQl.document("{ segment(alias: \"vip-customers\") { id } }")
			.execute()
			.path("segment.id")
			.entity(Integer.class)
			.get();

		int id = graphQl
			.document(
					"""
							mutation { createContact(contact: {email: "grace.mutation@example.com", firstname: "Grace", tags: ["it"]}) {
							  id email } }""")
			.execute()
			.path("createContact.email")
			.entity(String.class)
			.isEqualTo("grace.mutation@example.com")
			.path("createContact.id")
			.entity(Integer.class)
			.get();
		graphQl.document("query ($id: ID!) { contact(id: $id) { email firstname tags } }")
			.variable("id", id)
			.execute()
			.path("contact.email")
			.entity(String.class)
			.isEqualTo("grace.mutation@example.com")
			.path("contact.firstname")
			.entity(String.class)
			.isEqualTo("Grace")
			.path("contact.tags")
			.entityList(String.class)
			.containsExactly("it");

		graphQl.document("mutation ($id: ID!) { updateContact(id: $id, contact: {city: \"Zürich\"}) { city } }")
			.variable("id", id)
			.execute()
			.path("updateContact.city")
			.entity(String.class)
			.isEqualTo("Zürich");
		graphQl.document("query ($id: ID!) { contact(id: $id) { firstname city } }")
			.variable("id", id)
			.execute()
			.path("contact.firstname")
			.entity(String.class)
			.isEqualTo("Grace")
			.path("contact.city")
			.entity(String.class)
			.isEqualTo("Zürich");

		graphQl
			.document("mutation ($segment: ID!, $id: ID!) { addContactToSegment(segmentId: $segment, contactId: $id) }")
			.variable("segment", segmentId)
			.variable("id", id)
			.execute()
			.path("addContactToSegment")
			.entity(Boolean.class)
			.isEqualTo(true);
		graphQl.document("query ($id: ID!) { contact(id: $id) { segments { alias } } }")
			.variable("id", id)
			.execute()
			.path("contact.segments[*].alias")
			.entityList(String.class)
			.contains("vip-customers");

		graphQl.document("mutation ($id: ID!) { deleteContact(id: $id) { id email } }")
			.variable("id", id)
			.execute()
			.path("deleteContact.id")
			.entity(String.class)
			.isEqualTo(String.valueOf(id))
			.path("deleteContact.email")
			.entity(String.class)
			.isEqualTo("grace.mutation@example.com");
		graphQl.document("query ($id: ID!) { contact(id: $id) { email } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")))
			.path("contact")
			.valueIsNull();
	}

	private static long logId(String eventId) {
		String digits = eventId.replaceAll("^.*?(\\d+)$", "$1");
		return digits.matches("\\d+") ? Long.parseLong(digits) : 0;
	}

	private static Map<String, Object> expectedNode(JsonNode contact) {
		int id = contact.get("id").asInt();
		List<String> tags = new ArrayList<>();
		contact.get("tags").forEach((tag) -> tags.add(tag.get("tag").asString()));
		List<Map<String, Object>> segments = new ArrayList<>();
		rest("/api/contacts/" + id + "/segments").get("lists")
			.forEach((segment) -> segments.add(Map.of("name", segment.get("name").asString())));
		// Every event, in the total order GraphQL pages by (newest first, then type, then
		// log id, newest first):
		// Mautic's own order of events stamped in the same second is not stable.
		List<JsonNode> all = new ArrayList<>();
		rest("/api/contacts/" + id + "/activity?page=1&limit=200").get("events").forEach(all::add);
		all.sort(java.util.Comparator
			.comparing((JsonNode event) -> OffsetDateTime.parse(event.get("timestamp").asString()))
			.reversed()
			.thenComparing((event) -> event.get("event").asString())
			.thenComparing((event) -> logId(event.get("eventId").asString()), java.util.Comparator.reverseOrder()));
		List<Map<String, Object>> events = new ArrayList<>();
		for (JsonNode event : all.subList(0, Math.min(5, all.size()))) {
			events.add(Map.of("event", event.get("event").asString(), "eventType", event.get("eventType").asString(),
					"timestamp", OffsetDateTime.parse(event.get("timestamp").asString())
						.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
		}
		return Map.of("email", contact.at("/fields/all/email").asString(), "points", contact.get("points").asInt(),
				"tags", tags, "segments", segments, "activity", Map.of("nodes", events));
	}

	// A field value as field(alias:) gives it: text, null when empty.
	private static String text(JsonNode value) {
		return (value.isNull() || value.isMissingNode() || value.asString().isEmpty()) ? null : value.asString();
	}

	private static JsonNode rest(String pathAndQuery) {
		return JsonMapper.shared()
			.readTree(rest.get()
				.uri(pathAndQuery)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
	}

}
