package org.mauticapi.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MauticApiContract}: the checks find real deviations, so that a passing recording means
 * something.
 */
class MauticApiContractTests {

	private static final MauticApiContract CONTRACT = SpecFixtures.CONTRACT;

	@Test
	void findsTheOperationOfAConcretePathPreferringLiteralSegments() {
		assertThat(CONTRACT.operation("GET", "/api/contacts/list/fields")).get()
			.extracting(ContractOperation::operationId)
			.isEqualTo("listContactFields");
		assertThat(CONTRACT.operation("GET", "/contacts/42")).get()
			.extracting(ContractOperation::operationId)
			.isEqualTo("getContact");
		assertThat(CONTRACT.operation("GET", "/api/contacts/activity")).get()
			.extracting(ContractOperation::operationId)
			.isEqualTo("listActivity");
	}

	@Test
	void knowsNoOperationForAnUndocumentedRoute() {
		assertThat(CONTRACT.operation("DELETE", "/api/contacts")).isEmpty();
		assertThat(CONTRACT.validateResponse("DELETE", "/api/contacts", 404, json("{}"))).singleElement()
			.asString()
			.contains("No operation");
	}

	@Test
	void acceptsARealResponse() {
		assertThat(CONTRACT.validateResponse("GET", "/api/contacts", 200, recorded("137-list-default.json"))).isEmpty();
	}

	@Test
	void rejectsAnUndeclaredStatus() {
		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/list/owners", 418, json("{}"))).singleElement()
			.asString()
			.contains("does not declare status 418");
	}

	@Test
	void rejectsAnIntegerTotalWhereMauticSendsAString() {
		ObjectNode page = (ObjectNode) recorded("137-list-default.json");
		page.put("total", page.path("total").asInt());

		assertThat(CONTRACT.validateResponse("GET", "/api/contacts", 200, page)).isNotEmpty();
	}

	@Test
	void rejectsTheDocumentedKeyWhereMauticSendsAnother() {
		ObjectNode memberships = (ObjectNode) recorded("312-segments-of-contact.json");
		memberships.set("segments", memberships.remove("lists"));

		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1/segments", 200, memberships)).isNotEmpty();
	}

	@Test
	void rejectsAnUnknownPropertyOnAFixedShape() {
		ObjectNode error = (ObjectNode) json("""
				{"errors": [{"code": 404, "message": "Item was not found.", "details": [], "trace": "..."}]}
				""");

		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1", 404, error)).isNotEmpty();
	}

	@Test
	void rejectsAMissingRequiredProperty() {
		ObjectNode contact = (ObjectNode) recorded("129-get-rich.json");
		((ObjectNode) contact.path("contact")).remove("fields");

		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1", 200, contact)).isNotEmpty();
	}

	@Test
	void rejectsNullWhereTheSpecDoesNotAllowIt() {
		ObjectNode contact = (ObjectNode) recorded("129-get-rich.json");
		((ObjectNode) contact.path("contact")).putNull("points");

		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1", 200, contact)).isNotEmpty();
	}

	@Test
	void acceptsNullWhereMauticSendsIt() {
		ObjectNode contact = (ObjectNode) recorded("129-get-rich.json");
		((ObjectNode) contact.path("contact")).putNull("color");

		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1", 200, contact)).isEmpty();
	}

	@Test
	void refusesAnUndeclaredKeyNestedInAWhereClause() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("where[0][expr]", List.of("andX"));
		query.put("where[0][val][0][col]", List.of("email"));
		query.put("where[0][val][0][expr]", List.of("eq"));
		query.put("where[0][val][0][val]", List.of("x@example.com"));
		query.put("where[0][val][0][internal]", List.of("1"));

		List<RequestViolation> violations = CONTRACT.validateRequest(ContractRequest.of("GET", "/api/contacts", query));

		assertThat(violations).extracting(RequestViolation::parameter).contains("where[0][val][0][internal]");
	}

	@Test
	void readsTextParametersAsTheirDeclaredTypes() {
		Map<String, List<String>> query = Map.of("limit", List.of("10"), "minimal", List.of("1"), "select[]",
				List.of("id", "email"));

		assertThat(CONTRACT.validateRequest(ContractRequest.of("GET", "/api/contacts", query))).isEmpty();
	}

	@Test
	void refusesAnUnknownQueryParameter() {
		List<RequestViolation> violations = CONTRACT
			.validateRequest(ContractRequest.of("GET", "/api/contacts/1", Map.of("limt", List.of("5"))));

		assertThat(violations).containsExactly(new RequestViolation("limt", "is not a parameter of this operation"));
	}

	@Test
	void readsBatchDeleteIdsAsTheCommaListOrThePhpArrayThePhpLibrarySends() {
		Map<String, List<String>> phpArray = new LinkedHashMap<>();
		phpArray.put("ids[0]", List.of("50"));
		phpArray.put("ids[1]", List.of("55"));
		Map<String, List<String>> notIds = new LinkedHashMap<>();
		notIds.put("ids[]", List.of("50", "x"));

		assertThat(CONTRACT.validateRequest(ContractRequest.of("DELETE", "/api/contacts/batch/delete",
				Map.of("ids", List.of("50,55"))))).isEmpty();
		assertThat(CONTRACT.validateRequest(ContractRequest.of("DELETE", "/api/contacts/batch/delete", phpArray)))
			.isEmpty();
		assertThat(CONTRACT.validateRequest(ContractRequest.of("DELETE", "/api/contacts/batch/delete", notIds)))
			.extracting(RequestViolation::parameter)
			.containsExactly("ids[1]");
	}

	private static JsonNode recorded(String file) {
		return SpecFixtures.recordings()
			.stream()
			.filter((recording) -> recording.file().equals(file))
			.findFirst()
			.orElseThrow()
			.body()
			.deepCopy();
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
