package org.mauticapi.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PhpParameters}: parameters are read the way PHP builds arrays from them.
 */
class PhpParametersTests {

	@Test
	void buildsNestedListsFromIndexedKeys() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("where[0][expr]", List.of("orX"));
		query.put("where[0][val][0][col]", List.of("city"));
		query.put("where[0][val][1][col]", List.of("country"));
		query.put("limit", List.of("5"));

		var tree = PhpParameters.parse(query);

		assertThat(tree).isEqualTo(JsonMapper.shared().readTree("""
				{"where": [{"expr": "orX", "val": [{"col": "city"}, {"col": "country"}]}], "limit": "5"}
				"""));
	}

	@Test
	void appendsValuesOfEmptyBrackets() {
		var tree = PhpParameters.parse(Map.of("tags[]", List.of("a", "b")));

		assertThat(tree.get("tags")).hasSize(2);
		assertThat(tree.get("tags").get(1).asString()).isEqualTo("b");
	}

	@Test
	void keepsAnObjectWhenKeysAreNotZeroToN() {
		var tree = PhpParameters.parse(Map.of("filters[1]", List.of("x")));

		assertThat(tree.get("filters").isObject()).isTrue();
		assertThat(tree.get("filters").get("1").asString()).isEqualTo("x");
	}


	@Test
	void readsAFormBodyWithNumberedKeysAsAList() {
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put("0[email]", List.of("a@example.com"));
		form.put("1[email]", List.of("b@example.com"));

		var tree = PhpParameters.parseBody(form);

		assertThat(tree.isArray()).isTrue();
		assertThat(tree.get(1).get("email").asString()).isEqualTo("b@example.com");
		assertThat(PhpParameters.parse(Map.of("0[email]", List.of("a@example.com"))).has("0")).isTrue();
	}

}
