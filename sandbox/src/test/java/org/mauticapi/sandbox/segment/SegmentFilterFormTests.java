package org.mauticapi.sandbox.segment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mauticapi.sandbox.contact.TagStore;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentFilterFormTests {

	private final SandboxState state = new SandboxState(Clock.systemUTC());

	private final TagStore tags = new TagStore(this.state);

	private final SegmentFilterForm form = new SegmentFilterForm(new FieldStore(this.state, JsonMapper.shared()),
			this.tags);

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@CsvSource(textBlock = """
			lead,    email,            like,       true
			lead,    email,            in,         false
			lead,    country,          in,         true
			lead,    country,          like,       false
			lead,    points,           gte,        true
			lead,    points,           in,         false
			lead,    last_active,      !gt,        true
			lead,    date_added,       in,         false
			lead,    tags,             in,         true
			lead,    tags,             =,          false
			lead,    leadlist,         !in,        true
			lead,    owner_id,         =,          true
			lead,    owner_id,         like,       false
			lead,    dnc_bounced,      =,          true
			lead,    dnc_bounced,      gt,         false
			company, companyname,      contains,   true
			company, no_such_field,    =,          false
			""")
	void theOperatorMustBeOneTheFieldsTypeOffers(String object, String field, String operator, boolean valid) {
		Map<String, List<String>> errors = new LinkedHashMap<>();

		this.form.read(json("[{\"glue\":\"and\",\"field\":\"" + field + "\",\"object\":\"" + object
				+ "\",\"type\":\"text\",\"operator\":\"" + operator + "\"}]"), errors);

		assertThat(errors.containsKey("operator")).isEqualTo(!valid);
	}

	@Test
	void aTagsFilterTakesTheIdsOfExistingTags() {
		long vip = this.tags.idOf("vip");
		Map<String, List<String>> byId = new LinkedHashMap<>();
		Map<String, List<String>> byName = new LinkedHashMap<>();

		this.form.read(json("[{\"field\":\"tags\",\"object\":\"lead\",\"type\":\"tags\",\"operator\":\"in\","
				+ "\"properties\":{\"filter\":[\"" + vip + "\"]}}]"), byId);
		this.form.read(json("[{\"field\":\"tags\",\"object\":\"lead\",\"type\":\"tags\",\"operator\":\"in\","
				+ "\"properties\":{\"filter\":[\"vip\"]}}]"), byName);

		assertThat(byId).isEmpty();
		assertThat(byName).containsOnlyKeys("filter");
	}

	@Test
	void extraPropertiesAreRefused() {
		Map<String, List<String>> errors = new LinkedHashMap<>();

		this.form.read(json("[{\"field\":\"city\",\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\","
				+ "\"properties\":{\"filter\":\"x\",\"other\":1}}]"), errors);

		assertThat(errors).containsOnlyKeys("properties");
	}

	@Test
	void storedFiltersHaveMauticsKeysInItsOrder() {
		Map<String, List<String>> errors = new LinkedHashMap<>();

		JsonNode stored = this.form.read(json("[{\"operator\":\"=\",\"properties\":{\"filter\":\"0\"},"
				+ "\"field\":\"dnc_bounced\",\"type\":\"boolean\"}]"), errors);

		assertThat(errors).isEmpty();
		assertThat(stored.toString()).isEqualTo("[{\"glue\":\"and\",\"field\":\"dnc_bounced\",\"object\":\"lead\","
				+ "\"type\":\"boolean\",\"operator\":\"=\",\"properties\":{\"filter\":0}}]");
	}

	@Test
	void aLookupKeepsItsLabel() {
		Map<String, List<String>> errors = new LinkedHashMap<>();

		JsonNode stored = this.form.read(
				json("[{\"glue\":\"and\",\"field\":\"owner_id\",\"object\":\"lead\","
						+ "\"type\":\"lookup_id\",\"operator\":\"=\",\"filter\":\"1\",\"display\":\"Admin User\"}]"),
				errors);

		assertThat(errors).isEmpty();
		assertThat(stored.path(0).path("properties").toString())
			.isEqualTo("{\"filter\":\"1\",\"display\":\"Admin User\"}");
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
