package org.mauticapi.sandbox.segment;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mauticapi.sandbox.SandboxServer;
import org.mauticapi.sandbox.segment.SandboxClient.Answer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The segment operations over HTTP against an empty sandbox that rebuilds memberships at
 * once: answers as Mautic gives them (the recordings named), each checked against the
 * contract.
 */
class SegmentOperationsTests {

	private static SandboxServer sandbox;

	private static SandboxClient api;

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxClient.startSandbox(Map.of());
		api = new SandboxClient(sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void createAnswersTheSegmentWithItsLocationAndMauticsDefaults() {
		Answer created = api.post("/api/segments/new",
				"{\"name\":\"Créé à Zürich (2026)\",\"filters\":[{\"glue\":\"and\",\"field\":\"city\",\"object\":\"lead\","
						+ "\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Zürich\"}}]}");

		JsonNode list = created.body().path("list");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/segments/" + list.path("id").asLong());
		assertThat(list.propertyNames()).containsExactly("isPublished", "dateAdded", "dateModified", "createdBy",
				"createdByUser", "modifiedBy", "modifiedByUser", "id", "name", "publicName", "alias", "description",
				"category", "filters", "isGlobal", "isPreferenceCenter");
		assertThat(list.path("alias").asString()).isEqualTo("cree-a-zurich-2026");
		assertThat(list.path("publicName").asString()).isEqualTo("Créé à Zürich (2026)");
		assertThat(list.path("isPublished").asBoolean()).isTrue();
		assertThat(list.path("isGlobal").asBoolean()).isTrue();
		assertThat(list.path("modifiedByUser").isNull()).isTrue();
		assertThat(created.contractViolations()).isEmpty();
	}

	@Test
	void aSegmentsFiltersDecideMembership() {
		long segment = api.segment("{\"name\":\"Lisbon people\",\"filters\":[{\"glue\":\"and\",\"field\":\"city\","
				+ "\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Lisbon\"}}]}");
		long lisbon = api.contact("{\"firstname\":\"Ana\",\"email\":\"ana@lisbon.example\",\"city\":\"Lisbon\"}");
		long porto = api.contact("{\"firstname\":\"Rui\",\"email\":\"rui@porto.example\",\"city\":\"Porto\"}");

		assertThat(api.segmentsOf(lisbon)).contains(segment);
		assertThat(api.segmentsOf(porto)).doesNotContain(segment);

		api.patch("/api/contacts/" + porto + "/edit", "{\"city\":\"Lisbon\"}");
		api.patch("/api/contacts/" + lisbon + "/edit", "{\"city\":\"Faro\"}");

		Answer segments = api.get("/api/contacts/" + porto + "/segments");
		assertThat(api.segmentsOf(porto)).contains(segment);
		assertThat(api.segmentsOf(lisbon)).doesNotContain(segment);
		assertThat(segments.body().path("lists").path(String.valueOf(segment)).path("manuallyAdded").asBoolean())
			.isFalse();
		assertThat(segments.contractViolations()).isEmpty();
	}

	@Test
	void changingASegmentsFiltersRebuildsItsMembers() {
		long contact = api.contact("{\"firstname\":\"Olga\",\"email\":\"olga@oslo.example\",\"city\":\"Oslo\"}");
		long segment = api.segment("{\"name\":\"Bergen people\",\"filters\":[{\"glue\":\"and\",\"field\":\"city\","
				+ "\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Bergen\"}}]}");
		assertThat(api.segmentsOf(contact)).doesNotContain(segment);

		api.patch("/api/segments/" + segment + "/edit", "{\"filters\":[{\"glue\":\"and\",\"field\":\"city\","
				+ "\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Oslo\"}}]}");

		assertThat(api.segmentsOf(contact)).contains(segment);
		assertThat(api.get("/api/segments/" + segment).body().path("list").path("modifiedByUser").asString())
			.as("edited by the API user, not stamped by a rebuild job that did not run")
			.isEqualTo("Admin User");
	}

	@Test
	void unpublishedSegmentsGetNoFilterMembers() {
		long segment = api.segment("{\"name\":\"Draft Rome\",\"isPublished\":false,\"filters\":[{\"glue\":\"and\","
				+ "\"field\":\"city\",\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Rome\"}}]}");

		long contact = api.contact("{\"email\":\"gaia@rome.example\",\"city\":\"Rome\"}");

		assertThat(api.segmentsOf(contact)).doesNotContain(segment);
	}

	@Test
	void manualMembershipIsFlaggedAndRemovalByHandHidesIt() {
		long segment = api.segment("{\"name\":\"Hand picked\"}");
		long contact = api.contact("{\"email\":\"picked@example.com\"}");

		Answer added = api.post("/api/segments/" + segment + "/contact/" + contact + "/add");
		Answer listed = api.get("/api/contacts/" + contact + "/segments");
		Answer removed = api.post("/api/segments/" + segment + "/contact/" + contact + "/remove");

		assertThat(added.body().toString()).isEqualTo("{\"success\":1}");
		assertThat(listed.body().path("lists").path(String.valueOf(segment)).path("manuallyAdded").asBoolean())
			.isTrue();
		assertThat(removed.body().toString()).isEqualTo("{\"success\":1}");
		assertThat(api.segmentsOf(contact)).doesNotContain(segment);
		assertThat(added.contractViolations()).isEmpty();
		assertThat(removed.contractViolations()).isEmpty();
	}

	@Test
	void aFilterMemberRemovedByHandStaysOutAfterRebuilds() {
		long segment = api.segment("{\"name\":\"Kyoto people\",\"filters\":[{\"glue\":\"and\",\"field\":\"city\","
				+ "\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Kyoto\"}}]}");
		long contact = api.contact("{\"email\":\"ken@kyoto.example\",\"city\":\"Kyoto\"}");

		api.post("/api/segments/" + segment + "/contact/" + contact + "/remove");
		api.patch("/api/contacts/" + contact + "/edit", "{\"firstname\":\"Ken\"}");

		assertThat(api.segmentsOf(contact)).doesNotContain(segment);
	}

	@Test
	void membershipChangesOfUnpublishedSegmentsAreForbidden() {
		long segment = api.segment("{\"name\":\"Closed\",\"isPublished\":false}");
		long contact = api.contact("{\"email\":\"closed@example.com\"}");

		Answer add = api.post("/api/segments/" + segment + "/contact/" + contact + "/add");
		Answer remove = api.post("/api/segments/" + segment + "/contact/" + contact + "/remove");

		assertThat(add.status()).isEqualTo(403);
		assertThat(remove.status()).isEqualTo(403);
		assertThat(add.contractViolations()).isEmpty();
	}

	@Test
	void membershipChangesNameWhatIsMissing() {
		long segment = api.segment("{\"name\":\"Someone\"}");
		long contact = api.contact("{\"email\":\"someone@example.com\"}");

		Answer noContact = api.post("/api/segments/" + segment + "/contact/999999/add");
		Answer noSegment = api.post("/api/segments/999999/contact/" + contact + "/remove");

		assertThat(noContact.status()).isEqualTo(404);
		assertThat(noContact.body().path("errors").path(0).path("message").asString()).isEqualTo("Contact not found.");
		assertThat(noSegment.status()).isEqualTo(404);
		assertThat(noSegment.body().path("errors").path(0).path("message").asString()).isEqualTo("Item was not found.");
		assertThat(noContact.contractViolations()).isEmpty();
		assertThat(noSegment.contractViolations()).isEmpty();
	}

	@Test
	void batchAddReadsIdsAndAnswersPerContact() {
		long segment = api.segment("{\"name\":\"Batch\"}");
		long contact = api.contact("{\"email\":\"batch.one@example.com\"}");

		Answer added = api.post("/api/segments/" + segment + "/contacts/add", "{\"ids\":[" + contact + ",999999]}");
		Answer documentedKey = api.post("/api/segments/" + segment + "/contacts/add",
				"{\"contactIds\":[" + contact + "]}");
		Answer noBody = api.post("/api/segments/" + segment + "/contacts/add");

		assertThat(added.body().toString()).isEqualTo(
				"{\"success\":1,\"details\":{\"" + contact + "\":{\"success\":true},\"999999\":{\"success\":false}}}");
		assertThat(api.segmentsOf(contact)).contains(segment);
		assertThat(documentedKey.status()).isEqualTo(400);
		assertThat(noBody.status()).isEqualTo(400);
		assertThat(added.contractViolations()).isEmpty();
		assertThat(documentedKey.contractViolations()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no name           | {"description":"no name"}                                                                                                                                      | name: A name is required.
					invalid operator  | {"name":"Bad","filters":[{"glue":"and","field":"email","object":"lead","type":"email","operator":"sounds_like","properties":{"filter":"x"}}]}     | operator: This value is not valid.
					unknown field     | {"name":"Bad","filters":[{"glue":"and","field":"no_such_field","object":"lead","type":"text","operator":"=","properties":{"filter":"x"}}]}         | properties: This form should not contain extra fields., operator: This value is not valid.
					operator for type | {"name":"Bad","filters":[{"glue":"and","field":"points","object":"lead","type":"number","operator":"in","properties":{"filter":["1"]}}]}           | operator: This value is not valid.
					""")
	void createRefusesWhatMauticsFormRefuses(String label, String body, String message) {
		Answer refused = api.post("/api/segments/new", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").path(0).path("message").asString()).isEqualTo(message);
		assertThat(refused.contractViolations()).isEmpty();
	}

	@Test
	void anUnknownCategoryIsMauticsServerError() {
		Answer refused = api.post("/api/segments/new", "{\"name\":\"With category\",\"category\":999999}");

		assertThat(refused.status()).isEqualTo(500);
		assertThat(refused.body().path("errors").path(0).path("message").asString())
			.isEqualTo("Category 999999 does not exist");
		assertThat(refused.contractViolations()).isEmpty();
	}

	@Test
	void aGeneratedAliasGetsASuffixButAGivenOneMustBeFree() {
		api.segment("{\"name\":\"Twins\"}");

		Answer second = api.post("/api/segments/new", "{\"name\":\"Twins\"}");
		Answer third = api.post("/api/segments/new", "{\"name\":\"Twins\"}");
		Answer given = api.post("/api/segments/new", "{\"name\":\"Other\",\"alias\":\"twins\"}");

		assertThat(second.body().path("list").path("alias").asString()).isEqualTo("twins1");
		assertThat(third.body().path("list").path("alias").asString()).isEqualTo("twins2");
		assertThat(given.status()).isEqualTo(400);
		assertThat(given.body().path("errors").path(0).path("details").path("alias").path(0).asString())
			.isEqualTo(SegmentForm.ALIAS_TAKEN);
	}

	@Test
	void legacyFilterKeysMoveIntoPropertiesAndBooleansBecomeIntegers() {
		Answer created = api.post("/api/segments/new", "{\"name\":\"Legacy\",\"filters\":["
				+ "{\"glue\":\"and\",\"field\":\"city\",\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\",\"filter\":\"Helsinki\",\"display\":null},"
				+ "{\"glue\":\"and\",\"field\":\"dnc_bounced\",\"object\":\"lead\",\"type\":\"boolean\",\"operator\":\"=\",\"properties\":{\"filter\":\"1\"}}]}");

		JsonNode filters = created.body().path("list").path("filters");
		assertThat(filters.path(0).toString()).isEqualTo("{\"glue\":\"and\",\"field\":\"city\",\"object\":\"lead\","
				+ "\"type\":\"text\",\"operator\":\"=\",\"properties\":{\"filter\":\"Helsinki\"}}");
		assertThat(filters.path(1).path("properties").path("filter").isInt()).isTrue();
		assertThat(created.contractViolations()).isEmpty();
	}

	@Test
	void putWithOnlyANameResetsTheRestAndKeepsMembers() {
		long segment = api.segment("{\"name\":\"Full\",\"description\":\"d\",\"isPreferenceCenter\":true}");
		long contact = api.contact("{\"email\":\"kept@example.com\"}");
		api.post("/api/segments/" + segment + "/contact/" + contact + "/add");

		Answer replaced = api.put("/api/segments/" + segment + "/edit", "{\"name\":\"Full (replaced)\"}");

		JsonNode list = replaced.body().path("list");
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(list.path("alias").asString()).isEqualTo("full-replaced");
		assertThat(list.path("isPublished").asBoolean()).isFalse();
		assertThat(list.path("isGlobal").asBoolean()).isFalse();
		assertThat(list.path("isPreferenceCenter").asBoolean()).isFalse();
		assertThat(list.path("description").isNull()).isTrue();
		assertThat(list.path("modifiedByUser").asString()).isEqualTo("Admin User");
		assertThat(api.segmentsOf(contact)).contains(segment);
		assertThat(replaced.contractViolations()).isEmpty();
	}

	@Test
	void putOnAMissingIdCreatesWithANewId() {
		Answer created = api.put("/api/segments/999999/edit", "{\"name\":\"Put created\"}");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("list").path("id").asLong()).isNotEqualTo(999999L);
		assertThat(created.body().path("list").path("isPublished").asBoolean()).isTrue();
		assertThat(created.contractViolations()).isEmpty();
	}

	@Test
	void patchChangesOnlyWhatItSendsAndNeedsAnExistingSegment() {
		long segment = api.segment("{\"name\":\"Patched\",\"description\":\"before\"}");

		Answer patched = api.patch("/api/segments/" + segment + "/edit", "{\"isPublished\":false}");
		Answer missing = api.patch("/api/segments/999999/edit", "{\"name\":\"Ghost\"}");
		Answer blankName = api.patch("/api/segments/" + segment + "/edit", "{\"name\":\"\"}");

		assertThat(patched.body().path("list").path("description").asString()).isEqualTo("before");
		assertThat(patched.body().path("list").path("isPublished").asBoolean()).isFalse();
		assertThat(patched.body().path("list").path("dateModified").isString()).isTrue();
		assertThat(missing.status()).isEqualTo(404);
		assertThat(blankName.status()).isEqualTo(400);
		assertThat(patched.contractViolations()).isEmpty();
		assertThat(missing.contractViolations()).isEmpty();
		assertThat(blankName.contractViolations()).isEmpty();
	}

	@Test
	void deleteAnswersTheSegmentWithoutIdAndForgetsIt() {
		long segment = api.segment("{\"name\":\"Doomed\"}");

		Answer deleted = api.delete("/api/segments/" + segment + "/delete");
		Answer again = api.delete("/api/segments/" + segment + "/delete");

		assertThat(deleted.body().path("list").path("id").isNull()).isTrue();
		assertThat(deleted.body().path("list").path("name").asString()).isEqualTo("Doomed");
		assertThat(again.status()).isEqualTo(404);
		assertThat(api.get("/api/segments/" + segment).status()).isEqualTo(404);
		assertThat(deleted.contractViolations()).isEmpty();
	}

	@Test
	void listsAreKeyedByIdAndMinimalDropsTheFilters() {
		api.segment("{\"name\":\"Listed alpha\"}");

		Answer full = api.get("/api/segments?search=Listed");
		Answer minimal = api.get("/api/segments?search=Listed&minimal=true");
		Answer none = api.get("/api/segments?search=zzz-none");
		Answer broken = api.get("/api/segments?orderBy=nosuchcolumn");

		assertThat(full.body().path("total").isInt()).isTrue();
		assertThat(full.body().path("lists").isObject()).isTrue();
		assertThat(minimal.body().path("lists").values())
			.allSatisfy((segment) -> assertThat(segment.has("filters") || segment.has("isGlobal")).isFalse());
		assertThat(none.body().toString()).isEqualTo("{\"total\":0,\"lists\":[]}");
		assertThat(broken.status()).isEqualTo(500);
		assertThat(full.contractViolations()).isEmpty();
		assertThat(minimal.contractViolations()).isEmpty();
		assertThat(none.contractViolations()).isEmpty();
	}

	@Test
	void userSegmentsArePublishedOnesByName() {
		long zulu = api.segment("{\"name\":\"zz user last\"}");
		long alpha = api.segment("{\"name\":\"AA user first\"}");
		long hidden = api.segment("{\"name\":\"AB user hidden\",\"isPublished\":false}");

		Answer segments = api.get("/api/contacts/list/segments");

		assertThat(segments.body().propertyNames()).contains(String.valueOf(zulu), String.valueOf(alpha))
			.doesNotContain(String.valueOf(hidden));
		assertThat(segments.body().propertyNames().iterator().next()).isEqualTo(String.valueOf(alpha));
		assertThat(segments.body().path(String.valueOf(alpha)).toString())
			.isEqualTo("{\"id\":" + alpha + ",\"name\":\"AA user first\",\"alias\":\"aa-user-first\"}");
		assertThat(segments.contractViolations()).isEmpty();
	}

	@Test
	void aMissingContactHasNoSegmentList() {
		Answer missing = api.get("/api/contacts/999999/segments");

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contractViolations()).isEmpty();
	}

}
