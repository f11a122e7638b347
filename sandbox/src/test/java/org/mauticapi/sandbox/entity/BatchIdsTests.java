package org.mauticapi.sandbox.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BatchIdsTests {

	private static final Map<String, String> ENTITIES = Map.of("5", "five", "7", "seven");

	@Test
	void findsTheIdsOfACommaSeparatedQueryUnderTheirPositions() {
		BatchIds ids = BatchIds.ofQuery(json("{\"ids\": \"999,7,5\"}"));

		Map<String, String> found = ids.entities(BatchIdsTests::find);

		assertThat(found).containsExactly(Map.entry("1", "seven"), Map.entry("2", "five"));
	}

	@Test
	void readsIdsGivenAsAList() {
		BatchIds ids = BatchIds.ofQuery(json("{\"ids\": [\"5\", \"7\"]}"));

		assertThat(ids.entities(BatchIdsTests::find)).containsExactly(Map.entry("0", "five"), Map.entry("1", "seven"));
	}

	@Test
	void anIdThatIsNoNumberNamesNothing() {
		BatchIds ids = BatchIds.ofQuery(json("{\"ids\": \"abc\"}"));

		assertThat(ids.hasIds()).isFalse();
	}

	@Test
	void anItemWithoutIdShiftsThePairingAndGetsAnError() {
		Map<String, JsonNode> items = new LinkedHashMap<>();
		items.put("0", json("{\"city\": \"no id\"}"));
		items.put("1", json("{\"id\": 5, \"city\": \"Oslo\"}"));

		BatchIds ids = BatchIds.ofItems(items);

		assertThat(ids.entities(BatchIdsTests::find)).containsExactly(Map.entry("0", "five"));
		assertThat(ids.errors()).containsExactly(Map.entry("0", BatchIds.ID_MISSING));
	}

	@Test
	void anIdIsReadAsMysqlComparesItWithANumber() {
		assertThat(EntityIds.parse("12abc")).contains(12L);
		assertThat(EntityIds.parse(" 7")).contains(7L);
		assertThat(EntityIds.parse("abc")).isEmpty();
		assertThat(EntityIds.parse("1.5")).isEmpty();
	}

	private static Optional<String> find(String id) {
		return EntityIds.parse(id).map(String::valueOf).map(ENTITIES::get);
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}
