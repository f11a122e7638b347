package example;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.mauticapi.client.MauticApiClient;
import org.mauticapi.spec.client.api.ContactsApi;
import org.mauticapi.spec.client.api.SegmentsApi;
import org.mauticapi.spec.client.model.BatchContactEditItem;
import org.mauticapi.spec.client.model.BatchContactsResponse;
import org.mauticapi.spec.client.model.ContactPayload;
import org.mauticapi.spec.client.model.DncAddRequest;
import org.mauticapi.spec.client.model.GroupScoreReply;
import org.mauticapi.spec.client.model.MauticErrors;
import org.mauticapi.spec.client.model.PointsChangeRequest;
import org.mauticapi.spec.client.model.SegmentContactIds;
import org.mauticapi.spec.client.model.SegmentCreate;
import org.mauticapi.spec.client.model.SegmentPatch;
import org.mauticapi.spec.client.model.UtmAddRequest;
import org.mauticapi.spec.client.model.UtmTagSet;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Calls each of the 43 documented operations once with the published Java client and reads each answer, from a
 * project that declares nothing but the artifact (README of api-spec).
 *
 * <p>
 * Usage: {@code java example.Tour BASE_URL USERNAME PASSWORD}. Works against the embedded sandbox and a fresh real
 * Mautic alike: it creates what it needs (contacts, a segment, a point group), prints one line per operation ("OK
 * operationId status what was read") and deletes its contacts and segment again. Any exception ends it with status 1.
 */
public final class Tour {

	private final MauticApiClient mautic;

	private final String username;

	private final String password;

	private final ContactsApi contacts;

	private final SegmentsApi segments;

	private final List<String> read = new ArrayList<>();

	private Tour(String baseUrl, String username, String password) {
		this.mautic = MauticApiClient.forBaseUrl(baseUrl, username, password);
		this.username = username;
		this.password = password;
		this.contacts = this.mautic.contacts();
		this.segments = this.mautic.segments();
	}

	public static void main(String[] args) {
		new Tour(args[0], args[1], args[2]).run();
	}

	private <T> T call(String operationId, Supplier<Mono<ResponseEntity<T>>> request, Function<T, Object> describe) {
		ResponseEntity<T> response = request.get().block();
		T body = response.getBody();
		System.out.println("OK " + operationId + " " + response.getStatusCode().value() + " " + describe.apply(body));
		this.read.add(operationId);
		return body;
	}

	// An operation whose documented answer is an error: the client throws, and Mautic's error body is read.
	private void callError(String operationId, Supplier<Mono<?>> request, int status) {
		try {
			request.get().block();
		}
		catch (WebClientResponseException ex) {
			MauticErrors errors = ex.getResponseBodyAs(MauticErrors.class);
			if (ex.getStatusCode().value() != status || errors == null) {
				throw ex;
			}
			System.out.println("OK " + operationId + " " + status + " error: " + errors.getErrors().get(0).getMessage());
			this.read.add(operationId);
			return;
		}
		throw new IllegalStateException(operationId + " answered 2xx, expected " + status);
	}

	// An id-keyed collection read as a JSON tree: an object, or [] when empty.
	private static int size(JsonNode collection) {
		return collection.isObject() ? collection.size() : 0;
	}

	private static List<Integer> ids(BatchContactsResponse batch) {
		List<Integer> ids = new ArrayList<>();
		batch.getContacts().valueStream().forEach((contact) -> ids.add(contact.get("id").asInt()));
		return ids;
	}

	// A point group to score: the documented operations cannot create one, Mautic's points API can.
	private long pointGroupId(String stamp) {
		JsonNode created = this.mautic.getWebClient()
			.post()
			.uri(this.mautic.getBasePath() + "/points/groups/new")
			.headers((headers) -> headers.setBasicAuth(this.username, this.password))
			.bodyValue(java.util.Map.of("name", "Client tour " + stamp))
			.retrieve()
			.bodyToMono(JsonNode.class)
			.block();
		return created.get("pointGroup").get("id").asLong();
	}

	private void run() {
		String stamp = String.valueOf(System.currentTimeMillis());
		String email = "java-tour-" + stamp + "@example.com";

		call("listContactOwners", () -> this.contacts.listContactOwnersWithHttpInfo(null, null, null),
				(owners) -> owners.size() + " owners");
		call("listContactFields", () -> this.contacts.listContactFieldsWithHttpInfo(),
				(fields) -> fields.size() + " fields");
		call("listUserSegments", () -> this.segments.listUserSegmentsWithHttpInfo(),
				(map) -> size(map) + " segments");

		long id = call("createContact",
				() -> this.contacts.createContactWithHttpInfo(new ContactPayload().email(email).firstname("Ada").lastname("Tour")),
				(answer) -> "contact " + answer.getContact().getId())
			.getContact()
			.getId();
		call("getContact", () -> this.contacts.getContactWithHttpInfo(id, null),
				(answer) -> answer.getContact().getFields().getAll().getAdditionalProperty("email").asString());
		// 300 contacts is about 2.8 MB: more than WebClient buffers by default.
		call("listContacts",
				() -> this.contacts.listContactsWithHttpInfo(null, null, 300, null, null, null, null, null, null, null, null),
				(page) -> page.getContacts().size() + " of " + page.getTotal() + " contacts");
		call("editContact", () -> this.contacts.editContactWithHttpInfo(id, new ContactPayload().lastname("Edited")),
				(answer) -> answer.getContact().getFields().getAll().getAdditionalProperty("lastname").asString());
		call("replaceContact",
				() -> this.contacts.replaceContactWithHttpInfo(id,
						new ContactPayload().email(email).firstname("Ada").lastname("Replaced")),
				(answer) -> answer.getContact().getFields().getAll().getAdditionalProperty("lastname").asString());

		BatchContactsResponse batch = call("createContactsBatch",
				() -> this.contacts.createContactsBatchWithHttpInfo(List.of(
						new ContactPayload().email("java-batch-" + stamp + "-1@example.com").firstname("Batch"),
						new ContactPayload().email("java-batch-" + stamp + "-2@example.com").firstname("Batch"))),
				(answer) -> "status codes " + answer.getStatusCodes());
		List<Integer> batchIds = ids(batch);
		call("editContactsBatch",
				() -> this.contacts.editContactsBatchWithHttpInfo(batchIds.stream()
					.map((batchId) -> new BatchContactEditItem().id(batchId).lastname("Batch-edited"))
					.toList()),
				(answer) -> "status codes " + answer.getStatusCodes());
		call("replaceContactsBatch",
				() -> this.contacts.replaceContactsBatchWithHttpInfo(batchIds.stream()
					.map((batchId) -> new BatchContactEditItem().id(batchId).firstname("Batch").lastname("Replaced"))
					.toList()),
				(answer) -> "status codes " + answer.getStatusCodes());

		call("addContactDoNotContact",
				() -> this.contacts.addContactDoNotContactWithHttpInfo(id, "email",
						new DncAddRequest().reason(3).comments("client tour")),
				(answer) -> answer.getContact().getDoNotContact().size() + " do-not-contact entries");
		call("removeContactDoNotContact", () -> this.contacts.removeContactDoNotContactWithHttpInfo(id, "email"),
				(answer) -> "record found: " + answer.getRecordFound());
		List<UtmTagSet> utmTags = call("addContactUtmTags",
				() -> this.contacts.addContactUtmTagsWithHttpInfo(id,
						new UtmAddRequest().utmSource("client-tour")
							.utmCampaign("clients")
							.useragent("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0")),
				(answer) -> answer.getContact().getUtmtags().size() + " UTM tag sets")
			.getContact()
			.getUtmtags();
		call("removeContactUtmTag",
				() -> this.contacts.removeContactUtmTagWithHttpInfo(id, utmTags.get(utmTags.size() - 1).getId()),
				(answer) -> "record found: " + answer.getRecordFound());
		call("addContactPoints",
				() -> this.contacts.addContactPointsWithHttpInfo(id, 5, new PointsChangeRequest().eventName("Client tour")),
				(answer) -> "success " + answer.getSuccess());
		call("subtractContactPoints", () -> this.contacts.subtractContactPointsWithHttpInfo(id, 2, null),
				(answer) -> "success " + answer.getSuccess());

		long groupId = pointGroupId(stamp);
		call("getContactPointGroupScore", () -> this.contacts.getContactPointGroupScoreWithHttpInfo(id, groupId),
				(answer) -> (answer == null) ? "no score yet" : "score " + answer.getGroupScore().getScore());
		Function<GroupScoreReply, Object> score = (answer) -> "score " + answer.getGroupScore().getScore();
		call("addContactPointGroupScore",
				() -> this.contacts.addContactPointGroupScoreWithHttpInfo(id, groupId, 10, null), score);
		call("subtractContactPointGroupScore",
				() -> this.contacts.subtractContactPointGroupScoreWithHttpInfo(id, groupId, 2, null), score);
		call("setContactPointGroupScore",
				() -> this.contacts.setContactPointGroupScoreWithHttpInfo(id, groupId, 20, null), score);
		call("divideContactPointGroupScore",
				() -> this.contacts.divideContactPointGroupScoreWithHttpInfo(id, groupId, 2, null), score);
		call("multiplyContactPointGroupScore",
				() -> this.contacts.multiplyContactPointGroupScoreWithHttpInfo(id, groupId, 3, null), score);
		call("listContactPointGroupScores", () -> this.contacts.listContactPointGroupScoresWithHttpInfo(id),
				(answer) -> answer.getGroupScores().size() + " group scores");

		call("listContactNotes", () -> this.contacts.listContactNotesWithHttpInfo(id, null, null, null, null, null),
				(answer) -> answer.getTotal() + " notes");
		call("listContactSegments", () -> this.contacts.listContactSegmentsWithHttpInfo(id),
				(answer) -> size(answer.getLists()) + " segments");
		call("listContactCampaigns", () -> this.contacts.listContactCampaignsWithHttpInfo(id),
				(answer) -> size(answer.getCampaigns()) + " campaigns");
		callError("getContactEvents",
				() -> this.contacts.getContactEvents(id, null, null, null, null, null, null, null, null), 404);
		call("listContactActivity",
				() -> this.contacts.listContactActivityWithHttpInfo(id, null, null, null, null, null, null, null, null, null),
				(page) -> page.getEvents().size() + " of " + page.getTotal() + " events");
		call("listActivity",
				() -> this.contacts.listActivityWithHttpInfo(null, null, null, null, null, null, null, null, null),
				(page) -> page.getEvents().size() + " of " + page.getTotal() + " events");
		call("listContactCompanies", () -> this.contacts.listContactCompaniesWithHttpInfo(id),
				(answer) -> answer.getTotal() + " companies");
		call("listContactDevices",
				() -> this.contacts.listContactDevicesWithHttpInfo(id, null, null, null, null, null),
				(answer) -> answer.getTotal() + " devices");

		long segmentId = call("createSegment",
				() -> this.segments.createSegmentWithHttpInfo(new SegmentCreate().name("Java tour " + stamp)
					.isPublished(BooleanNode.TRUE)
					.filters(List.of())),
				(answer) -> "segment " + answer.getList().getId())
			.getList()
			.getId();
		call("getSegment", () -> this.segments.getSegmentWithHttpInfo(segmentId), (answer) -> answer.getList().getName());
		call("listSegments",
				() -> this.segments.listSegmentsWithHttpInfo(null, null, 100, null, null, null, null, null, null),
				(page) -> size(page.getLists()) + " of " + page.getTotal() + " segments");
		call("editSegment",
				() -> this.segments.editSegmentWithHttpInfo(segmentId, new SegmentPatch().description("Edited")),
				(answer) -> answer.getList().getDescription());
		call("replaceSegment",
				() -> this.segments.replaceSegmentWithHttpInfo(segmentId,
						new SegmentCreate().name("Java tour " + stamp + " replaced").isPublished(BooleanNode.TRUE)),
				(answer) -> answer.getList().getName());
		call("addContactToSegment", () -> this.segments.addContactToSegmentWithHttpInfo(segmentId, id),
				(answer) -> "success " + answer.getSuccess());
		call("addContactsToSegment",
				() -> this.segments.addContactsToSegmentWithHttpInfo(segmentId, new SegmentContactIds().ids(batchIds.stream().map(Integer::longValue).toList())),
				(answer) -> "details " + answer.getDetails());
		call("removeContactFromSegment", () -> this.segments.removeContactFromSegmentWithHttpInfo(segmentId, id),
				(answer) -> "success " + answer.getSuccess());
		call("deleteSegment", () -> this.segments.deleteSegmentWithHttpInfo(segmentId),
				(answer) -> answer.getList().getName());

		call("deleteContactsBatch",
				() -> this.contacts.deleteContactsBatchWithHttpInfo(
						String.join(",", batchIds.stream().map(String::valueOf).toList())),
				(answer) -> "deleted " + answer.getContacts().size());
		call("deleteContact", () -> this.contacts.deleteContactWithHttpInfo(id),
				(answer) -> answer.getContact().getFields().getAll().getAdditionalProperty("email").asString());
		System.out.println(this.read.size() + " operations read");
	}

}
