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
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that Mautic shapes differently are given in the schema's usual types: the
 * flattened contact of the DNC and UTM writes as {@code Contact}, and a batch's
 * index-keyed collections as items that keep their request index.
 */
class GraphQlResultShapesTests {

	// Every Contact field a client may ask of a write's answer.
	private static final String CONTACT = """
			{ id isPublished dateAdded dateModified points color lastActive dateIdentified preferredProfileImage
			  email firstname lastname city owner { id username firstName lastName } tags
			  utmTags { id query { key values } utmSource } doNotContact { id channel reason comments channelId }
			  ipAddresses { id ipAddress } stage { id name } frequencyRules { channel } fieldValues { alias value } }""";

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@ParameterizedTest
	@MethodSource("flatContactExamples")
	void everyFlattenedContactTheSpecRecordsAnswersAsAContact(String mutation, String path, JsonNode answer) {
		mautic.stubFor(post(urlEqualTo(path)).willReturn(okJson(answer.toString())));
		JsonNode flat = answer.get("contact");

		Map<String, Object> contact = graphQl.document("mutation { " + mutation + " }")
			.execute()
			.errors()
			.verify()
			.path("write" + (mutation.contains("recordFound") ? ".contact" : ""))
			.entity(Map.class)
			.get();

		assertThat(contact.get("id")).isEqualTo(flat.get("id").asString());
		assertThat(contact.get("points")).isEqualTo(flat.get("points").asInt());
		assertThat(contact.get("email")).isEqualTo(flat.at("/fields/core/email/value").asString(null));
		assertThat(contact.get("firstname")).isEqualTo(flat.at("/fields/core/firstname/value").asString(null));
		assertThat((List<?>) contact.get("tags")).hasSize(flat.get("tags").size());
		assertThat((List<?>) contact.get("doNotContact")).hasSize(flat.get("doNotContact").size());
		assertThat((List<?>) contact.get("fieldValues")).isNotEmpty();
	}

	static Stream<Arguments> flatContactExamples() {
		MauticApiContract contract = MauticApiContract.load();
		Map<String, String[]> writes = Map.of("addContactDoNotContact",
				new String[] { "/api/contacts/5/dnc/email/add",
						"write: addDoNotContact(contactId: 5, channel: \"email\") " + CONTACT },
				"removeContactDoNotContact",
				new String[] { "/api/contacts/5/dnc/email/remove",
						"write: removeDoNotContact(contactId: 5, channel: \"email\") { recordFound contact " + CONTACT
								+ " }" },
				"addContactUtmTags",
				new String[] { "/api/contacts/5/utm/add",
						"write: addUtmTags(contactId: 5, tags: {utmSource: \"news\"}) " + CONTACT },
				"removeContactUtmTag", new String[] { "/api/contacts/5/utm/1/remove",
						"write: removeUtmTags(contactId: 5, utmId: 1) { recordFound contact " + CONTACT + " }" });
		List<Arguments> examples = new ArrayList<>();
		writes.forEach((operationId, write) -> {
			JsonNode responses = contract.operationById(operationId).orElseThrow().node().path("responses");
			contract.resolve(responses.path("200"))
				.at("/content/application~1json/examples")
				.properties()
				.forEach((example) -> examples.add(Arguments.of(write[1], write[0],
						Named.of(operationId + " " + example.getKey(), example.getValue().get("value")))));
		});
		assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
		return examples.stream();
	}

	@Test
	void aBatchAnswerKeepsEachItemsRequestIndexWithItsStatusErrorAndContact() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/batch/new")).willReturn(okJson("""
				{"contacts": {"0": {"id": 7, "fields": {"all": {"email": "a@example.com"}}},
				              "2": {"id": 8, "fields": {"all": {"email": "b@example.com"}}}},
				 "statusCodes": {"0": 201, "1": 400, "2": 201},
				 "errors": {"1": {"code": 400, "message": "email: A valid email is required.", "details": {}}}}""")
			.withStatus(201)));

		graphQl
			.document(
					"""
							mutation { createContacts(contacts: [{email: "a@example.com"}, {email: "c@example.org"}, {email: "b@example.com"}]) {
							  items { index statusCode error { message } contact { id email } } } }""")
			.execute()
			.path("createContacts.items[*].index")
			.entityList(Integer.class)
			.containsExactly(0, 1, 2)
			.path("createContacts.items[*].statusCode")
			.entityList(Integer.class)
			.containsExactly(201, 400, 201)
			.path("createContacts.items[0].contact.email")
			.entity(String.class)
			.isEqualTo("a@example.com")
			.path("createContacts.items[0].error")
			.valueIsNull()
			.path("createContacts.items[1].contact")
			.valueIsNull()
			.path("createContacts.items[1].error.message")
			.entity(String.class)
			.isEqualTo("email: A valid email is required.")
			.path("createContacts.items[2].contact.id")
			.entity(Integer.class)
			.isEqualTo(8);
	}

	@Test
	void aBatchAnswerAsAListIsIndexedByPosition() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/batch/new")).willReturn(okJson("""
				{"contacts": [{"id": 7, "fields": {"all": {"email": "a@example.com"}}}], "statusCodes": [201]}""")
			.withStatus(201)));

		graphQl.document(
				"mutation { createContacts(contacts: [{email: \"a@example.com\"}]) { items { index statusCode contact { id } } } }")
			.execute()
			.path("createContacts.items[0].index")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("createContacts.items[0].statusCode")
			.entity(Integer.class)
			.isEqualTo(201)
			.path("createContacts.items[0].contact.id")
			.entity(Integer.class)
			.isEqualTo(7);
	}

}
