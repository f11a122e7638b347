package org.mauticapi.contract;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MauticApiContract}: the checks find real deviations, so that a passing
 * recording means something.
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
		String query = "where[0][expr]=andX&where[0][val][0][col]=email&where[0][val][0][expr]=eq"
				+ "&where[0][val][0][val]=x@example.com&where[0][val][0][internal]=1";

		List<RequestViolation> violations = CONTRACT.validateRequest(Requests.of("GET", "/api/contacts", query));

		assertThat(violations).extracting(RequestViolation::parameter).contains("where[0][val][0][internal]");
	}

	@Test
	void readsTextParametersAsTheirDeclaredTypes() {
		String query = "limit=10&minimal=1&select[]=id&select[]=email";

		assertThat(CONTRACT.validateRequest(Requests.of("GET", "/api/contacts", query))).isEmpty();
	}

	@Test
	void refusesAnUnknownQueryParameter() {
		List<RequestViolation> violations = CONTRACT.validateRequest(Requests.of("GET", "/api/contacts/1", "limt=5"));

		assertThat(violations).containsExactly(new RequestViolation("limt", "is not a parameter of this operation"));
	}

	@Test
	void refusesAnArrayWhereMauticReadsOneValue() {
		List<RequestViolation> violations = CONTRACT.validateRequest(Requests.of("GET", "/api/contacts", "limit[]=5"));

		assertThat(violations).containsExactly(new RequestViolation("limit", "must be a single value, not an array"));
	}

	@Test
	void refusesUnknownKeysUnderANamedBranch() {
		List<RequestViolation> violations = CONTRACT
			.validateRequest(Requests.of("GET", "/api/contacts/activity", "filters[search]=a&filters[hack]=b"));

		assertThat(violations).extracting(RequestViolation::parameter).containsExactly("filters[hack]");
	}

	@Test
	void refusesABodyWhereTheOperationTakesNone() {
		List<RequestViolation> violations = CONTRACT
			.validateRequest(Requests.json("GET", "/api/contacts/1", null, json("{\"a\": 1}")));

		assertThat(violations).extracting(RequestViolation::parameter).containsExactly("body");
	}

	@Test
	void readsBatchDeleteIdsAsTheCommaListOrThePhpArrayThePhpLibrarySends() {
		String path = "/api/contacts/batch/delete";

		assertThat(CONTRACT.validateRequest(Requests.of("DELETE", path, "ids=50,55"))).isEmpty();
		assertThat(CONTRACT.validateRequest(Requests.of("DELETE", path, "ids[0]=50&ids[1]=55"))).isEmpty();
		assertThat(CONTRACT.validateRequest(Requests.of("DELETE", path, "ids[]=50&ids[]=x")))
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
