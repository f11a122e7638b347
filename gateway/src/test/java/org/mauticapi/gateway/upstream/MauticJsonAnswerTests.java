package org.mauticapi.gateway.upstream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.contract.MauticApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MauticJsonAnswer}: it agrees with a JSON parser on what one
 * well-formed document is.
 */
class MauticJsonAnswerTests {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	@ParameterizedTest
	@ValueSource(
			strings = { "{}", "[]", " {\"a\" : [1, -2.5e+3, 0, true, false, null, \"x\\\"y\\u00e9\\n\"]}\n", "\"text\"",
					"0", "-0.0E5", "[[[]],{}]", "{\"\u00e9\":\"\u65e5\u672c\"}", "{\"contacts\":[],\"total\":\"0\"}" })
	void acceptsWellFormedDocuments(String body) {
		assertThat(MauticJsonAnswer.isDocument(bytes(body))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "<html><body>Login required</body></html>", "{\"a\":1}{\"b\":2}", "{\"a\":1,}",
			"[1,]", "{\"a\" 1}", "{a:1}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[tru]", "[truex]", "[\"a\nb\"]",
			"[\"\\x\"]", "[\"\\u12G4\"]", "{\"a\":1", "[1 2]", "{\"a\":1]", "[1}", "'a'", "NaN",
			"<br />\n<b>Warning</b>: something in x.php{\"a\":1}", "{\"a\":1}<br />" })
	void refusesAnythingElse(String body) {
		assertThat(MauticJsonAnswer.isDocument(bytes(body))).isFalse();
	}

	@Test
	void refusesNestingDeeperThanAnyMauticAnswer() {
		String deep = "[".repeat(2000) + "]".repeat(2000);

		boolean document = MauticJsonAnswer.isDocument(bytes(deep));

		assertThat(document).isFalse();
	}

	@ParameterizedTest
	@MethodSource("documentedExamples")
	void agreesWithAParserOnEveryDocumentedSuccessAnswerAndItsPrefixes(byte[] example) {
		List<Integer> disagreements = new ArrayList<>();

		// Every length near the end, where a cut is hardest to see; every seventh
		// elsewhere, to keep the test quick.
		for (int length = 0; length <= example.length; length += (length < example.length - 64) ? 7 : 1) {
			byte[] prefix = Arrays.copyOf(example, length);
			if (MauticJsonAnswer.isDocument(prefix) != parsesAsOneDocument(prefix)) {
				disagreements.add(length);
			}
		}

		assertThat(disagreements).isEmpty();
	}

	static Stream<Named<byte[]>> documentedExamples() {
		MauticApiContract contract = MauticApiContract.load();
		List<Named<byte[]>> examples = new ArrayList<>();
		contract.operations()
			.forEach((operation) -> operation.node().path("responses").properties().forEach((status) -> {
				if (!status.getKey().startsWith("2")) {
					return;
				}
				JsonNode content = contract.resolve(status.getValue()).path("content").path("application/json");
				content.path("examples")
					.properties()
					.forEach((example) -> examples
						.add(Named.of(operation.operationId() + " " + status.getKey() + " " + example.getKey(),
								JsonMapper.shared()
									.writeValueAsBytes(contract.resolve(example.getValue()).path("value")))));
			}));
		return examples.stream();
	}

	// The reference: a streaming parser reads one value, and nothing follows it.
	private static boolean parsesAsOneDocument(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			if (parser.nextToken() == null) {
				return false;
			}
			parser.skipChildren();
			return parser.nextToken() == null;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
