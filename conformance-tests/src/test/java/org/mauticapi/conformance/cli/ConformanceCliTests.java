package org.mauticapi.conformance.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConformanceCli}: help, and clear messages (never a stack trace) for
 * bad options.
 */
class ConformanceCliTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpExplainsEveryOption() {
		int exit = run(Map.of(), "--help");

		assertThat(exit).isZero();
		assertThat(text(this.out)).contains("--base-url", "--username", "--password", "--client-id", "--client-secret",
				"--allow-writes", "--tags", "--name", "--report-dir", "--features", "MAUTIC_BASE_URL",
				"MAUTIC_PASSWORD");
	}

	@ParameterizedTest
	@MethodSource("badCommandLines")
	void refusesBadOptionsWithAClearMessage(String[] args, String message) {
		int exit = run(Map.of(), args);

		assertThat(exit).isEqualTo(ConformanceCli.EXIT_USAGE);
		assertThat(text(this.err)).contains(message).doesNotContain("Exception", "\tat ");
	}

	static Arguments[] badCommandLines() {
		return new Arguments[] { bad("unknown option", "Unknown option --colour", "--colour", "red"),
				bad("no base URL", "--base-url URL", "--username", "admin", "--password", "x"),
				bad("base URL not http", "must be an http or https URL", "--base-url", "ftp://mautic", "--username",
						"a", "--password", "b"),
				bad("base URL with /api", "without /api", "--base-url", "http://localhost/api", "--username", "a",
						"--password", "b"),
				bad("no credentials", "Give credentials", "--base-url", "http://localhost"),
				bad("two kinds of credentials", "not both", "--base-url", "http://localhost", "--username", "a",
						"--password", "b", "--client-id", "c", "--client-secret", "d"),
				bad("half of OAuth2", "needs both", "--base-url", "http://localhost", "--client-id", "c"),
				bad("a missing value", "--tags needs a value", "--base-url", "http://localhost", "--tags"),
				bad("a broken tag expression", "not a tag expression", "--base-url", "http://localhost", "--username",
						"a", "--password", "b", "--tags", "@a and ("),
				bad("a broken name pattern", "--name is not a regular expression", "--base-url", "http://localhost",
						"--username", "a", "--password", "b", "--name", "(unclosed"),
				bad("a features folder that is not there", "must be a folder", "--base-url", "http://localhost",
						"--username", "a", "--password", "b", "--features", "/no/such/folder"),
				bad("an unreachable target", "Cannot reach", "--base-url", "http://127.0.0.1:1", "--username", "a",
						"--password", "b") };
	}

	@Test
	void takesOptionsFromTheEnvironment() {
		int exit = run(Map.of("MAUTIC_BASE_URL", "http://127.0.0.1:1", "MAUTIC_USERNAME", "admin", "MAUTIC_PASSWORD",
				"secret"));

		assertThat(exit).isEqualTo(ConformanceCli.EXIT_USAGE);
		assertThat(text(this.err)).contains("Cannot reach http://127.0.0.1:1").doesNotContain("secret");
	}

	private int run(Map<String, String> environment, String... args) {
		return ConformanceCli.run(args, environment::get, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static Arguments bad(String name, String message, String... args) {
		return Arguments.of(Named.of(name, args), message);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
