package org.mauticapi.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the request side of the contract with the requests sent to a real Mautic 5.1.0:
 * what Mautic served conforms, and the client mistakes Mautic answers with a 500 (or
 * silently misreads) are violations that name the parameter.
 */
class RecordedRequestsTests {

	/**
	 * Requests Mautic served (2xx) although the contract refuses them, with the parameter
	 * the contract names: each is a place where Mautic silently misreads its input.
	 */
	private static final Map<String, String> SERVED_BUT_REFUSED = Map.ofEntries(
			Map.entry("094-points-plus-decimal.json", "points"), // Mautic truncates 2.5
																	// to 2
			Map.entry("125-point-group-set-decimal.json", "value"), // likewise
			Map.entry("228-where-invalid-expr.json", "where[0][expr]"), // ignored: every
																		// contact is
																		// returned
			Map.entry("264-create-json-array-body.json", "body"), // a list is no contact:
																	// an empty one is
																	// created
			Map.entry("291-batch-patch-without-id.json", "[0][id]"), // its data is
																		// written to the
																		// next item's
																		// contact
			Map.entry("422-batch-delete-non-numeric.json", "ids"),
			Map.entry("423-batch-delete-json-body.json", "body")); // ids is read from the
																	// query only

	/**
	 * Mistakes Mautic answers itself with a clear error (a form error naming the field, a
	 * batch item reported with its error, an empty batch delete answered with no
	 * contacts): the contract leaves them to Mautic (x-mautic-validates), so that a
	 * caller gets Mautic's own answer.
	 */
	private static final Set<String> LEFT_TO_MAUTIC = Set.of("069-dnc-add-reason-zero.json",
			"070-dnc-add-reason-text.json", "244-create-invalid-email.json", "250-create-points-non-numeric.json",
			"269-batch-create-with-invalid-item.json", "278-patch-invalid-email.json", "286-put-invalid-email.json",
			"293-batch-patch-invalid-email.json", "296-batch-put-with-invalid-item.json",
			"369-segment-create-without-name.json", "370-segment-create-empty-body.json",
			"374-segment-create-invalid-operator.json", "400-segment-patch-blank-name.json",
			"403-segment-put-without-name.json", "421-batch-delete-no-ids.json");

	/**
	 * Client mistakes Mautic refused (often with a 500), and the parameter the contract
	 * names for each.
	 */
	private static final Map<String, String> REFUSED_MISTAKES = Map.ofEntries(
			Map.entry("062-utm-remove-non-numeric-id.json", "utmId"),
			Map.entry("091-points-minus-non-numeric.json", "points"),
			Map.entry("093-points-plus-non-numeric.json", "points"),
			Map.entry("124-point-group-plus-non-numeric.json", "value"),
			Map.entry("143-list-limit-negative.json", "limit"), Map.entry("144-list-limit-non-numeric.json", "limit"),
			Map.entry("145-list-start-negative.json", "start"), Map.entry("158-list-order-camel-case.json", "orderBy"),
			Map.entry("160-list-order-invalid-dir.json", "orderByDir"),
			Map.entry("164-list-order-array-missing-col.json", "order[0][col]"),
			Map.entry("230-where-missing-expr.json", "where[0][expr]"),
			Map.entry("231-where-not-an-array.json", "where"), Map.entry("263-create-malformed-json.json", "body"),
			Map.entry("272-batch-create-object-body.json", "body"),
			Map.entry("273-batch-create-over-limit.json", "body"),
			Map.entry("308-notes-order-without-alias.json", "orderBy"),
			Map.entry("339-activity-contact-filters-not-array.json", "filters"),
			Map.entry("340-activity-contact-bad-date.json", "filters[dateFrom]"),
			Map.entry("361-segments-list-order-invalid.json", "orderBy"),
			Map.entry("384-segment-add-contacts-documented-key.json", "contactIds"),
			Map.entry("385-segment-add-contacts-no-body.json", "body"));

	/**
	 * Paths Mautic's router does not route (an id that is not digits): Mautic answers its
	 * own 404.
	 */
	private static final Set<String> NOT_ROUTED = Set.of("077-dnc-add-non-numeric-contact.json",
			"133-get-non-numeric-id.json", "281-patch-non-numeric-id.json", "287-put-non-numeric-id.json",
			"367-segment-get-non-numeric.json", "416-delete-non-numeric-id.json");

	static List<SpecFixtures.Recording> notRouted() {
		return recordings((recording) -> NOT_ROUTED.contains(recording.file()));
	}

	static List<SpecFixtures.Recording> served() {
		return recordings((recording) -> (recording.status() < 300 && !SERVED_BUT_REFUSED.containsKey(recording.file()))
				|| LEFT_TO_MAUTIC.contains(recording.file()));
	}

	static List<SpecFixtures.Recording> servedButRefused() {
		return recordings((recording) -> SERVED_BUT_REFUSED.containsKey(recording.file()));
	}

	static List<SpecFixtures.Recording> mistakes() {
		return recordings((recording) -> REFUSED_MISTAKES.containsKey(recording.file()));
	}

	@Test
	void everyListedRecordingExists() {
		assertThat(servedButRefused()).hasSize(SERVED_BUT_REFUSED.size());
		assertThat(mistakes()).hasSize(REFUSED_MISTAKES.size());
		assertThat(recordings((recording) -> LEFT_TO_MAUTIC.contains(recording.file()))).hasSize(LEFT_TO_MAUTIC.size());
		assertThat(notRouted()).hasSize(NOT_ROUTED.size());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("served")
	void requestMauticServedOrAnswersClearlyConforms(SpecFixtures.Recording recording) {
		assertThat(SpecFixtures.CONTRACT.validateRequest(request(recording))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notRouted")
	void pathMauticDoesNotRouteIsNoOperation(SpecFixtures.Recording recording) {
		assertThat(recording.status()).isEqualTo(404);
		assertThat(SpecFixtures.CONTRACT.route(recording.method(),
				recording.exchange().path("request").path("path").asString()))
			.isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("servedButRefused")
	void requestMauticMisreadsIsRefusedNamingTheParameter(SpecFixtures.Recording recording) {
		assertThat(SpecFixtures.CONTRACT.validateRequest(request(recording))).extracting(RequestViolation::parameter)
			.contains(SERVED_BUT_REFUSED.get(recording.file()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void clientMistakeIsRefusedNamingTheParameter(SpecFixtures.Recording recording) {
		assertThat(SpecFixtures.CONTRACT.validateRequest(request(recording))).extracting(RequestViolation::parameter)
			.contains(REFUSED_MISTAKES.get(recording.file()));
	}

	private static List<SpecFixtures.Recording> recordings(Predicate<SpecFixtures.Recording> filter) {
		return SpecFixtures.recordings()
			.stream()
			.filter(SpecFixtures.Recording::isDocumentedOperation)
			.filter(filter)
			.toList();
	}

	static ContractRequest request(SpecFixtures.Recording recording) {
		JsonNode request = recording.exchange().path("request");
		StringBuilder query = new StringBuilder();
		request.path("query")
			.forEach((pair) -> query.append((query.length() > 0) ? "&" : "")
				.append(URLEncoder.encode(pair.get(0).asString(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pair.get(1).asString(), StandardCharsets.UTF_8)));
		JsonNode body = request.path("body");
		String contentType = request.path("contentType").asString("");
		String path = request.path("path").asString();
		if (body.isNull() || body.isMissingNode()) {
			return Requests.of(recording.method(), path, query.toString());
		}
		if (contentType.startsWith("application/x-www-form-urlencoded")) {
			return Requests.form(recording.method(), path, query.toString(), body.asString());
		}
		return Requests.json(recording.method(), path, query.toString(), body);
	}

}
