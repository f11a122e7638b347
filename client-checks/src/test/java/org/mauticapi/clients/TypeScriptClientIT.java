package org.mauticapi.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mauticapi.sandbox.SandboxServer;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates, compiles and runs the TypeScript client with the lines of
 * {@code api-spec/README.md}, then compiles its tour of the 43 operations and every
 * recorded answer against its types with {@code tsc --strict}, and runs the tour against
 * the embedded sandbox.
 */
@ExtendWith(SandboxExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeScriptClientIT {

	private static final Duration NODE_TIMEOUT = Duration.ofMinutes(5);

	private final BuildSettings settings = BuildSettings.fromSystemProperties();

	private final ReadmeBlocks readme = ReadmeBlocks.of(this.settings.repositoryRoot(), "typescript");

	private final Path checks = Path.of("target/typescript-checks").toAbsolutePath();

	private SandboxServer sandbox;

	private CommandResult firstCall;

	private CommandResult compiled;

	@BeforeAll
	void generateCompileAndCallWithTheReadmeLines(SandboxServer sandbox) throws IOException {
		this.sandbox = sandbox;
		List<String> lines = this.readme.lines("bash");
		ReadmeShell.run(this.settings, sandbox, lines.subList(0, 1), NODE_TIMEOUT).assertSucceeded();
		Toolchain.require(List.of("node", "--version"), "Node.js 20 (node, npm and npx on the PATH)",
				"to compile and run the TypeScript client");
		this.firstCall = ReadmeShell.run(this.settings, sandbox, lines.subList(1, lines.size()), NODE_TIMEOUT);
		prepareChecks();
	}

	@Test
	void readmeFirstCallPrintsTheFirstContactsEmail() {
		assertThat(this.firstCall.assertSucceeded().lastLine()).isEqualTo(Tours.firstContactEmail(this.sandbox));
	}

	@Test
	void tourReadsTheAnswerOfEveryDocumentedOperation() {
		assertThat(errorsIn("tour.ts")).isEmpty();

		CommandResult tour = run(List.of("node", "dist/tour.js", this.sandbox.baseUrl(), "admin", "mautic"));

		Tours.assertReadEveryOperation(tour.assertSucceeded());
	}

	@Test
	void typesDescribeEveryAnswerRecordedFromARealMautic() {
		assertThat(errorsIn("recorded-answers.ts")).isEmpty();
	}

	// tsc's errors about one of the files it compiled, as "file(line,column): error
	// TS...: message" lines.
	private List<String> errorsIn(String file) {
		return this.compiled.output().lines().filter((line) -> line.startsWith(file + "(")).toList();
	}

	// The tour and the recorded answers beside a copy of the generated client, compiled
	// in one go (tsc emits even when
	// a file has errors, which errorsIn tells apart) with the README's TypeScript.
	private void prepareChecks() throws IOException {
		Path client = this.settings.repositoryRoot()
			.resolve(this.readme.find("-Dopenapi\\.generator\\.maven\\.plugin\\.output=(\\S+)"));
		FileSystemUtils.deleteRecursively(this.checks);
		FileSystemUtils.copyRecursively(client, this.checks.resolve("client"));
		FileSystemUtils.deleteRecursively(this.checks.resolve("client/dist"));
		for (String script : List.of("tour.ts", "type-recorded-answers.js")) {
			Files.copy(Path.of("src/test/typescript", script), this.checks.resolve(script));
		}
		CommandResult typed = run(List.of("node", "type-recorded-answers.js", "client",
				this.settings.recordings().toString(), "recorded-answers.ts"));
		assertThat(typed.assertSucceeded().lastLine())
			.isEqualTo(Tours.recordedAnswers(this.settings) + " recorded answers typed");
		this.compiled = run(tsc("--outDir", "dist", "tour.ts", "recorded-answers.ts"));
		assertThat(this.compiled.output()).as("tsc's errors about the generated client").doesNotContain("client/");
	}

	private List<String> tsc(String... arguments) {
		List<String> command = new ArrayList<>(List.of("npx", "-y", "-p", this.readme.find("(typescript@[0-9.]+)"),
				"tsc", "--strict", "--target", "es2022", "--module", "commonjs", "--lib", "es2022,dom"));
		command.addAll(List.of(arguments));
		return command;
	}

	private CommandResult run(List<String> command) {
		return ExternalCommand.run(command, this.checks, Map.of("npm_config_update_notifier", "false"), NODE_TIMEOUT);
	}

}
