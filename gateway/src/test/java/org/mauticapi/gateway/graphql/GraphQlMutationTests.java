package org.mauticapi.gateway.graphql;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutations in front of a fake Mautic: each sends its write once, with the method, path
 * and JSON body the contract gives, and answers the normalised result, or Mautic's
 * refusal as an error a client can branch on.
 */
class GraphQlMutationTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start();

	private static final WireMockServer mautic = fixture.mautic();

	private static final HttpGraphQlTester graphQl = fixture.graphQl().build();

	@Test
	void createContactPostsTheInputAsJsonOnceAndAnswersTheNormalisedContact() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/new"))
			.willReturn(okJson(contact(7, "ada@example.com")).withStatus(201)));

		graphQl
			.document(
					"""
							mutation { createContact(contact: {email: "ada@example.com", firstname: "Ada", points: 3, tags: ["vip", "-old"],
							  doNotContact: [{channel: "email", reason: 3}]}) { id email points lastActive tags } }""")
			.execute()
			.path("createContact.id")
			.entity(Integer.class)
			.isEqualTo(7)
			.path("createContact.email")
			.entity(String.class)
			.isEqualTo("ada@example.com")
			.path("createContact.points")
			.entity(Integer.class)
			.isEqualTo(12)
			.path("createContact.lastActive")
			.entity(String.class)
			.isEqualTo("2026-11-22T20:17:04Z");
		mautic.verify(1, anyRequestedFor(anyUrl()));
		mautic.verify(postRequestedFor(urlEqualTo("/api/contacts/new"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Authorization", equalTo(GraphQlOnFakeMautic.AUTHORIZATION))
			.withRequestBody(equalToJson("""
					{"email": "ada@example.com", "firstname": "Ada", "points": 3, "tags": ["vip", "-old"],
					 "doNotContact": [{"channel": "email", "reason": 3}]}""")));
	}

	@Test
	void updateContactPatchesOnlyWhatIsSentAndSendsAnExplicitNull() {
		mautic.stubFor(patch(urlEqualTo("/api/contacts/5/edit")).willReturn(okJson(contact(5, "new@example.com"))));

		graphQl.document(
				"mutation { updateContact(id: 5, contact: {email: \"new@example.com\", owner: null}) { id email } }")
			.execute()
			.path("updateContact.email")
			.entity(String.class)
			.isEqualTo("new@example.com");
		mautic.verify(1, anyRequestedFor(anyUrl()));
		mautic.verify(patchRequestedFor(urlEqualTo("/api/contacts/5/edit"))
			.withRequestBody(equalToJson("{\"email\": \"new@example.com\", \"owner\": null}")));
	}

	@Test
	void replaceContactPutsTheWholeContact() {
		mautic.stubFor(put(urlEqualTo("/api/contacts/5/edit")).willReturn(okJson(contact(5, "r@example.com"))));

		graphQl.document("mutation { replaceContact(id: 5, contact: {email: \"r@example.com\"}) { id } }")
			.execute()
			.path("replaceContact.id")
			.entity(Integer.class)
			.isEqualTo(5);
		mautic.verify(1, putRequestedFor(urlEqualTo("/api/contacts/5/edit"))
			.withRequestBody(equalToJson("{\"email\": \"r@example.com\"}")));
	}

	@Test
	void deleteContactSendsNoBodyAndAnswersTheDeletedContactWithTheIdItHad() {
		mautic.stubFor(delete(urlEqualTo("/api/contacts/5/delete"))
			.willReturn(okJson(contact(5, "gone@example.com").replace("\"id\":5,", "\"id\":null,"))));

		graphQl.document("mutation { deleteContact(id: 5) { id email } }")
			.execute()
			// Mautic answers the deleted contact with a null id; it is the id that was
			// deleted.
			.path("deleteContact.id")
			.entity(String.class)
			.isEqualTo("5")
			.path("deleteContact.email")
			.entity(String.class)
			.isEqualTo("gone@example.com");
		List<ServeEvent> calls = mautic.getAllServeEvents();
		assertThat(calls).hasSize(1);
		assertThat(calls.get(0).getRequest().getBody()).isEmpty();
	}

	@Test
	void aRefusedWriteIsABadUserInputErrorWithMauticsMessage() {
		mautic.stubFor(patch(urlEqualTo("/api/contacts/5/edit")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errors\":[{\"code\":422,\"message\":\"email: This field must be unique.\","
					+ "\"details\":{\"email\":[\"This field must be unique.\"]}}]}")));

		graphQl.document("mutation { updateContact(id: 5, contact: {email: \"taken@example.com\"}) { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage()).isEqualTo("email: This field must be unique.");
				assertThat(errors.get(0).getParsedPath()).containsExactly("updateContact");
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("status", 422);
			})
			.path("updateContact")
			.valueIsNull();
		mautic.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void createSegmentSendsTypedFiltersAndABadRequestIsBadUserInput() {
		mautic.stubFor(post(urlEqualTo("/api/segments/new")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"errors\":[{\"code\":400,\"message\":\"alias: This alias is already in use.\",\"details\":{}}]}")));

		graphQl.document(
				"""
						mutation { createSegment(segment: {name: "VIP", alias: "vip", isPublished: true, filters: [{glue: AND,
						  field: "points", object: LEAD, type: "number", operator: GTE, properties: {value: "100"}}]}) { id } }""")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage()).isEqualTo("alias: This alias is already in use.");
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("status", 400);
			});
		mautic.verify(1, postRequestedFor(urlEqualTo("/api/segments/new")).withRequestBody(equalToJson("""
				{"name": "VIP", "alias": "vip", "isPublished": true, "filters": [{"glue": "and", "field": "points",
				 "object": "lead", "type": "number", "operator": "gte", "properties": {"filter": "100"}}]}""")));
	}

	@Test
	void updateSegmentAnswersTheSegment() {
		mautic.stubFor(patch(urlEqualTo("/api/segments/3/edit")).willReturn(okJson(
				"{\"list\":{\"id\":3,\"name\":\"VIP\"," + "\"alias\":\"vip\",\"isPublished\":false,\"filters\":[]}}")));

		graphQl.document("mutation { updateSegment(id: 3, segment: {isPublished: false}) { id isPublished } }")
			.execute()
			.path("updateSegment.id")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("updateSegment.isPublished")
			.entity(Boolean.class)
			.isEqualTo(false);
		mautic.verify(1, patchRequestedFor(urlEqualTo("/api/segments/3/edit"))
			.withRequestBody(equalToJson("{\"isPublished\": false}")));
	}

	@Test
	void replaceSegmentPutsItAndSeveralContactsAreAddedInOneCall() {
		mautic.stubFor(put(urlEqualTo("/api/segments/3/edit"))
			.willReturn(okJson("{\"list\":{\"id\":3,\"name\":\"Gold\",\"alias\":\"gold\",\"filters\":[]}}")));
		mautic.stubFor(post(urlEqualTo("/api/segments/3/contacts/add"))
			.willReturn(okJson("{\"success\":1,\"details\":{\"4\":{\"success\":true},\"99\":{\"success\":false}}}")));

		graphQl.document("""
				mutation { replaceSegment(id: 3, segment: {name: "Gold"}) { name }
				  addContactsToSegment(segmentId: 3, contacts: {ids: [4, 99]}) { success details { success } } }""")
			.execute()
			.path("replaceSegment.name")
			.entity(String.class)
			.isEqualTo("Gold")
			.path("addContactsToSegment.success")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("addContactsToSegment.details[*].success")
			.entityList(Boolean.class)
			.containsExactly(true, false);
		mautic.verify(1, putRequestedFor(urlEqualTo("/api/segments/3/edit"))
			.withRequestBody(equalToJson("{\"name\": \"Gold\"}")));
		mautic.verify(1, postRequestedFor(urlEqualTo("/api/segments/3/contacts/add"))
			.withRequestBody(equalToJson("{\"ids\": [4, 99]}")));
	}

	@Test
	void deletingAMissingSegmentIsNotFound() {
		mautic.stubFor(delete(urlEqualTo("/api/segments/9/delete"))
			.willReturn(notFound().withHeader("Content-Type", "application/json")
				.withBody("{\"errors\":[{\"code\":404,\"message\":\"Item was not found.\",\"details\":[]}]}")));

		graphQl.document("mutation { deleteSegment(id: 9) { name } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		mautic.verify(1, deleteRequestedFor(urlEqualTo("/api/segments/9/delete")));
	}

	@Test
	void membershipChangesAreMadeOnceEachInTheOrderOfTheDocument() {
		mautic.stubFor(post(urlEqualTo("/api/segments/3/contact/5/add")).willReturn(okJson("{\"success\":1}")));
		mautic.stubFor(post(urlEqualTo("/api/segments/3/contact/5/remove")).willReturn(okJson("{\"success\":1}")));

		graphQl.document(
				"""
						mutation { a: addContactToSegment(segmentId: 3, contactId: 5)
						  b: removeContactFromSegment(segmentId: 3, contactId: 5) c: addContactToSegment(segmentId: 3, contactId: 5) }""")
			.execute()
			.path("a")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("b")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("c")
			.entity(Boolean.class)
			.isEqualTo(true);
		// WireMock lists the newest first.
		assertThat(mautic.getAllServeEvents()).extracting((event) -> event.getRequest().getUrl())
			.containsExactly("/api/segments/3/contact/5/add", "/api/segments/3/contact/5/remove",
					"/api/segments/3/contact/5/add");
		mautic.verify(0, anyRequestedFor(anyUrl()).withHeader("Content-Type", equalTo("application/json")));
	}

	@Test
	void doNotContactAndPointsAreWrittenOnTheContactsChannelAndCount() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/5/dnc/email/add")).willReturn(okJson("{\"contact\":{\"id\":5,"
				+ "\"email\":\"c5@example.com\",\"doNotContact\":[{\"id\":1,\"dateAdded\":\"2026-11-22T20:28:12+00:00\","
				+ "\"reason\":3,\"comments\":\"asked by phone\",\"channel\":\"email\"}]}}")));
		mautic.stubFor(post(urlEqualTo("/api/contacts/5/points/plus/10")).willReturn(okJson("{\"success\":1}")));

		graphQl
			.document(
					"""
							mutation { addDoNotContact(contactId: 5, channel: "email", entry: {reason: 3, comments: "asked by phone"}) {
							  id doNotContact { channel reason } }
							  addPoints(contactId: 5, points: 10) }""")
			.execute()
			.path("addDoNotContact.doNotContact[0].channel")
			.entity(String.class)
			.isEqualTo("email")
			.path("addDoNotContact.doNotContact[0].reason")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("addPoints")
			.entity(Boolean.class)
			.isEqualTo(true);
		mautic.verify(1, postRequestedFor(urlEqualTo("/api/contacts/5/dnc/email/add"))
			.withRequestBody(equalToJson("{\"reason\": 3, \"comments\": \"asked by phone\"}")));
		mautic.verify(1, postRequestedFor(urlEqualTo("/api/contacts/5/points/plus/10")));
		mautic.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void batchesSendTheListAndAnswerTheItemsAsAList() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/batch/new")).willReturn(okJson("{\"contacts\":{\"0\":"
				+ contact(7, "a@example.com").substring("{\"contact\":".length()).replaceFirst("}$", "") + ",\"2\":"
				+ contact(8, "b@example.com").substring("{\"contact\":".length()).replaceFirst("}$", "")
				+ "},\"statusCodes\":{\"0\":201,\"1\":400,\"2\":201},\"errors\":{\"1\":{\"code\":400,"
				+ "\"message\":\"email: A valid email is required.\",\"details\":{}}}}")
			.withStatus(201)));
		mautic.stubFor(delete(urlEqualTo("/api/contacts/batch/delete?ids=7%2C8")).willReturn(okJson("{\"contacts\":["
				+ contact(7, "a@example.com").substring("{\"contact\":".length()).replaceFirst("}$", "") + "]}")));

		graphQl
			.document(
					"""
							mutation { createContacts(contacts: [{email: "a@example.com"}, {email: "c@example.org"}, {email: "b@example.com"}]) {
							  contacts { id email } statusCodes errors { message } }
							  deleteContacts(ids: "7,8") { contacts { email } } }""")
			.execute()
			.path("createContacts.contacts[*].email")
			.entityList(String.class)
			.containsExactly("a@example.com", "b@example.com")
			.path("createContacts.errors[0].message")
			.entity(String.class)
			.isEqualTo("email: A valid email is required.")
			.path("deleteContacts.contacts[*].email")
			.entityList(String.class)
			.containsExactly("a@example.com");
		mautic.verify(1, postRequestedFor(urlEqualTo("/api/contacts/batch/new")).withRequestBody(equalToJson(
				"[{\"email\": \"a@example.com\"}, {\"email\": \"c@example.org\"}, {\"email\": \"b@example.com\"}]")));
		mautic.verify(1, deleteRequestedFor(urlEqualTo("/api/contacts/batch/delete?ids=7%2C8")));
	}

	@Test
	void aPointGroupChangeAnswersTheNewScore() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/5/points/groups/6/plus/4"))
			.willReturn(okJson("{\"groupScore\":{\"score\":25,\"group\":{\"id\":6,\"name\":\"A\"}}}")));

		graphQl.document("mutation { addPointGroupScore(contactId: 5, groupId: 6, value: 4) { score group { name } } }")
			.execute()
			.path("addPointGroupScore.score")
			.entity(Integer.class)
			.isEqualTo(25)
			.path("addPointGroupScore.group.name")
			.entity(String.class)
			.isEqualTo("A");
		mautic.verify(1, anyRequestedFor(anyUrl()));
	}

	// As Mautic answers a write: the contact under `contact`, its values in fields.all.
	private static String contact(int id, String email) {
		return "{\"contact\":{\"isPublished\":true,\"dateAdded\":\"2026-11-20T10:00:00+00:00\",\"id\":" + id
				+ ",\"points\":12,\"lastActive\":\"2026-11-22T20:17:04+00:00\",\"tags\":[],\"utmtags\":null,"
				+ "\"fields\":{\"all\":{\"id\":\"" + id + "\",\"email\":\"" + email + "\",\"points\":\"12\"}}}}";
	}

}
