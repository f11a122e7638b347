package org.mauticapi.php;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.mauticapi.php.PhpInput.Kind;
import org.mauticapi.php.PhpInputReader.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PhpInputReader} and {@link PhpQueryWriter} against PHP 8.2 itself: the
 * table ({@code php/php-input-table.jsonl}, made by {@code src/test/php/make-table.py})
 * holds how PHP read each of 621 hostile query strings and form bodies, and how it read
 * the canonical spelling of the result.
 */
class PhpInputReaderTableTests {

	private static final String TABLE = "php/php-input-table.jsonl";

	private final PhpInputReader reader = new PhpInputReader(PhpInputLimits.DEFAULTS);

	static Stream<Named<JsonNode>> rows() throws IOException {
		try (InputStream in = PhpInputReaderTableTests.class.getClassLoader().getResourceAsStream(TABLE)) {
			assertThat(in).as("the table " + TABLE).isNotNull();
			List<JsonNode> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map((line) -> JsonMapper.shared().readTree(line))
				.toList();
			return rows.stream()
				.map((row) -> Named.of(row.get("case").asString() + " as " + row.get("source").asString(), row));
		}
	}

	@ParameterizedTest
	@MethodSource("rows")
	void readsAsPhpDoes(JsonNode row) {
		PhpInput read = this.reader.read(input(row), source(row));

		assertThat(pairs(read.values()).toString()).isEqualTo(lossy(row.get("php")).toString());
		if (!row.has("canonical")) {
			assertThat(read.problems()).extracting(PhpInput.Problem::kind).contains(Kind.NOT_TEXT);
		}
	}

	@ParameterizedTest
	@MethodSource("rows")
	void writesWhatPhpReadsBackAsTheSameArray(JsonNode row) {
		PhpInput read = this.reader.read(input(row), source(row));
		if (!row.has("canonical")) {
			return;
		}

		String written = PhpQueryWriter.write(read.values());

		assertThat(written).isEqualTo(row.get("canonical").asString());
		assertThat(row.get("phpCanonical")).as("PHP's reading of the canonical spelling").isEqualTo(row.get("php"));
		PhpInput reread = this.reader.read(written.getBytes(StandardCharsets.US_ASCII), source(row));
		assertThat(reread.values()).isEqualTo(read.values());
		if (read.isClean()) {
			assertThat(reread.problems()).isEmpty();
		}
	}

	@Test
	void tableCoversAtLeastFiveHundredHostileInputsInBothSources() throws IOException {
		assertThat(rows().map(Named::getPayload).filter((row) -> row.get("source").asString().equals("query")))
			.hasSizeGreaterThanOrEqualTo(500);
		assertThat(rows().map(Named::getPayload).filter((row) -> row.get("source").asString().equals("post")))
			.hasSizeGreaterThanOrEqualTo(500);
	}

	private static byte[] input(JsonNode row) {
		JsonNode input = row.get("input");
		return input.isString() ? input.asString().getBytes(StandardCharsets.ISO_8859_1)
				: HexFormat.of().parseHex(input.get("hex").asString());
	}

	private static Source source(JsonNode row) {
		return row.get("source").asString().equals("query") ? Source.QUERY_STRING : Source.POST_FORM;
	}

	// The table's form of an array: [key, value] pairs, integer keys as numbers; strings
	// that are not UTF-8 as hex.
	private static JsonNode pairs(PhpArray array) {
		ArrayNode list = JsonMapper.shared().createArrayNode();
		array.entries().forEach((key, value) -> {
			ArrayNode pair = list.addArray();
			if (key instanceof Long number) {
				pair.add(number);
			}
			else {
				text(pair, (String) key);
			}
			if (value instanceof PhpArray nested) {
				pair.add(pairs(nested));
			}
			else {
				text(pair, (String) value);
			}
		});
		return list;
	}

	private static void text(ArrayNode pair, String text) {
		pair.add(text);
	}

	// Bytes that are not UTF-8 are refused (NOT_TEXT), and read with replacement
	// characters: the table has their hex.
	private static JsonNode lossy(JsonNode node) {
		if (node.isObject() && node.has("hex")) {
			return JsonMapper.shared()
				.getNodeFactory()
				.stringNode(new String(HexFormat.of().parseHex(node.get("hex").asString()), StandardCharsets.UTF_8));
		}
		if (node.isArray()) {
			ArrayNode copy = JsonMapper.shared().createArrayNode();
			node.forEach((item) -> copy.add(lossy(item)));
			return copy;
		}
		return node;
	}

}
