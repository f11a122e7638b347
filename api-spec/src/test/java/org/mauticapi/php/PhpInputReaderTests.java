package org.mauticapi.php;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.mauticapi.php.PhpInput.Kind;
import org.mauticapi.php.PhpInputReader.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for {@link PhpInputReader}'s account of where PHP misreads input; how it reads is
 * held to PHP itself by {@link PhpInputReaderTableTests}.
 */
class PhpInputReaderTests {

	private final PhpInputReader reader = new PhpInputReader(PhpInputLimits.DEFAULTS);

	static java.util.stream.Stream<Arguments> misreadings() {
		return java.util.stream.Stream.of(
				arguments(Named.of("bytes after a closing bracket", "where[0][val][0][internal]x=1"), Kind.RENAMED,
						"where[0][val][0][internal]x"),
				arguments(Named.of("a second closing bracket", "where[0][col]]=1"), Kind.RENAMED, "where[0][col]]"),
				arguments(Named.of("an unclosed bracket", "a[b=1"), Kind.RENAMED, "a[b"),
				arguments(Named.of("a dot in a name", "a.b=1"), Kind.RENAMED, "a.b"),
				arguments(Named.of("a leading space", "+a=1"), Kind.RENAMED, " a"),
				arguments(Named.of("a NUL in a name", "a%00b=1"), Kind.RENAMED, "a\0b"),
				arguments(Named.of("interleaved names", "f[x]=E1&f=a&f[x]=E2"), Kind.OVERWRITTEN, "f"),
				arguments(Named.of("a repeated scalar", "limit=1&limit=2"), Kind.OVERWRITTEN, "limit"),
				arguments(Named.of("nesting past 64 levels", "a" + "[a]".repeat(65) + "=1"), Kind.DROPPED,
						"a" + "[a]".repeat(65)),
				arguments(Named.of("more than 1000 variables", "v=1" + "&v=1".repeat(1000)), Kind.DROPPED, "query"),
				arguments(Named.of("bytes that are not UTF-8", "a=%FF"), Kind.NOT_TEXT, "a"),
				arguments(Named.of("no name before the brackets", "[a]=1"), Kind.DROPPED, "[a]"));
	}

	@ParameterizedTest
	@MethodSource("misreadings")
	void reportsWherePhpMisreadsTheInput(String query, Kind kind, String parameter) {
		PhpInput read = this.reader.readQuery(query);

		assertThat(read.problems()).anySatisfy((problem) -> {
			assertThat(problem.kind()).isEqualTo(kind);
			assertThat(problem.parameter()).isEqualTo(parameter);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "tags[]=a&tags[]=b", "where[0][col]=email&where[0][expr]=eq&where[0][val]=a%40b.c",
			"a=1&&b=2&", "limit=5&limit=5", "search=%C3%A4+b", "order[0][col]=id&order[0][dir]=DESC", "" })
	void readsPlainInputWithoutProblems(String query) {
		PhpInput read = this.reader.readQuery(query);

		assertThat(read.problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 5_000, 200_000 })
	void readsAttackerSizedNamesWithoutRecursing(int depth) {
		byte[] body = ("a" + "[a]".repeat(depth) + "=1").getBytes(StandardCharsets.US_ASCII);

		PhpInput read = this.reader.read(body, Source.POST_FORM);

		assertThat(read.values().isEmpty()).isTrue();
		assertThat(read.problems()).extracting(PhpInput.Problem::kind).containsExactly(Kind.DROPPED);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void keepsOneVariableMoreThanTheLimitInAPostBodyAsPhpDoes(int limit) {
		PhpInputReader small = new PhpInputReader(new PhpInputLimits(limit, 64));

		PhpInput read = small.read("a=1&b=2&c=3&d=4&e=5".getBytes(StandardCharsets.US_ASCII), Source.POST_FORM);

		assertThat(read.values().size()).isEqualTo(limit + 1);
		assertThat(small.readQuery("a=1&b=2&c=3&d=4&e=5").values().size()).isEqualTo(limit);
	}

}
