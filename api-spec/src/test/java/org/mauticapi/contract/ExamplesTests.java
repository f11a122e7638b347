package org.mauticapi.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every example in the spec (media types, parameters and schemas) validates
 * against its schema.
 */
class ExamplesTests {

	static List<Named<ExampleCase>> examples() {
		List<Named<ExampleCase>> cases = new ArrayList<>();
		collect(SpecFixtures.CONTRACT.document(), "", cases);
		return cases;
	}

	@Test
	void specCarriesExamples() {
		assertThat(examples()).hasSizeGreaterThan(40);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void exampleValidatesAgainstItsSchema(ExampleCase example) {
		var problems = SpecFixtures.CONTRACT.schemaAt(example.schemaPointer()).validate(example.value());

		assertThat(problems).isEmpty();
	}

	private static void collect(JsonNode node, String pointer, List<Named<ExampleCase>> cases) {
		if (node.isObject()) {
			if (node.has("schema") && node.get("schema").isObject()) {
				add(pointer + "/schema", node, pointer, cases);
			}
			else if (node.has("example") && isSchema(node)) {
				cases.add(Named.of(pointer + "/example", new ExampleCase(pointer, node.get("example"))));
			}
			for (Map.Entry<String, JsonNode> child : node.properties()) {
				if (!child.getKey().equals("example") && !child.getKey().equals("examples")) {
					collect(child.getValue(), pointer + "/" + escape(child.getKey()), cases);
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), pointer + "/" + i, cases);
			}
		}
	}

	private static void add(String schemaPointer, JsonNode holder, String pointer, List<Named<ExampleCase>> cases) {
		if (holder.has("example")) {
			cases.add(Named.of(pointer + "/example", new ExampleCase(schemaPointer, holder.get("example"))));
		}
		for (Map.Entry<String, JsonNode> example : holder.path("examples").properties()) {
			JsonNode resolved = SpecFixtures.CONTRACT.resolve(example.getValue());
			if (resolved.has("value")) {
				String name = pointer + "/examples/" + example.getKey();
				cases.add(Named.of(name, new ExampleCase(schemaPointer, resolved.get("value"))));
			}
		}
	}

	private static boolean isSchema(JsonNode node) {
		return node.has("type") || node.has("$ref") || node.has("properties") || node.has("oneOf") || node.has("allOf")
				|| node.has("anyOf");
	}

	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

	record ExampleCase(String schemaPointer, JsonNode value) {
	}

}
