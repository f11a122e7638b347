package org.mauticapi.php;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PhpCast} against PHP 8.2 itself: {@code php/php-int-table.jsonl} (written by
 * {@code src/test/php/make-int-table.php}) holds what PHP's {@code (int)} made of each
 * text.
 */
class PhpCastTests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	static Stream<Named<JsonNode>> phpTable() throws IOException {
		try (InputStream table = PhpCastTests.class.getResourceAsStream("/php/php-int-table.jsonl")) {
			List<String> lines = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8)).lines()
				.toList();
			return lines.stream()
				.map((line) -> JsonMapper.shared().readTree(line))
				.map((row) -> Named.of(row.get("text").toString(), row));
		}
	}

	@ParameterizedTest
	@MethodSource("phpTable")
	void readsTextsAsPhpDoes(JsonNode row) {
		assertThat(PhpCast.toInt(row.get("text").asString())).isEqualTo(row.get("int").asLong());
	}

	@Test
	void theTableCoversWhatItIsFor() throws IOException {
		assertThat(phpTable()).hasSizeGreaterThanOrEqualTo(60);
	}

	@Test
	void readsJsonValuesAsPhpDoes() {
		assertThat(PhpCast.toInt((JsonNode) null)).isZero();
		assertThat(PhpCast.toInt(JSON.nullNode())).isZero();
		assertThat(PhpCast.toInt(JSON.booleanNode(true))).isEqualTo(1);
		assertThat(PhpCast.toInt(JSON.numberNode(2.9))).isEqualTo(2);
		assertThat(PhpCast.toInt(JSON.numberNode(-2.9))).isEqualTo(-2);
		assertThat(PhpCast.toInt(JSON.numberNode(new java.math.BigInteger("99999999999999999999"))))
			.isEqualTo(Long.MAX_VALUE);
		assertThat(PhpCast.toInt(JSON.arrayNode())).isZero();
		assertThat(PhpCast.toInt(JSON.arrayNode().add(0))).isEqualTo(1);
		assertThat(PhpCast.toInt(JSON.stringNode("bounced"))).isZero();
		assertThat(PhpCast.toInt(JSON.stringNode("1e3"))).isEqualTo(1000);
	}

	@Test
	void narrowsToAJavaIntByCapping() {
		assertThat(PhpCast.toInt32(JSON.stringNode("9999999999"))).isEqualTo(Integer.MAX_VALUE);
		assertThat(PhpCast.toInt32(JSON.stringNode("-9999999999"))).isEqualTo(Integer.MIN_VALUE);
		assertThat(PhpCast.toInt32(JSON.stringNode("25"))).isEqualTo(25);
	}

	@Test
	void readsAttackerSizedTextsWithoutRecursion() {
		assertThat(PhpCast.toInt("7".repeat(1_000_000))).isEqualTo(Long.MAX_VALUE);
		assertThat(PhpCast.toInt(" ".repeat(1_000_000) + "12.5e1x")).isEqualTo(125);
	}

}
