package org.mauticapi.gateway.graphql.client;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A typed TypeScript client generated from the live schema, as a GraphQL developer would
 * build one: GraphQL Code Generator (client preset, typed documents) generates the types
 * from the running gateway's SDL, {@code tsc} compiles the README's queries and a round
 * of mutations against them (a field the schema lacks fails here), and Node runs them
 * against the gateway on a sandbox with the demo data. Needs Node 20 and npm (the npm
 * registry, or npm's cache, for {@code npm ci}); without them it fails saying so.
 */
@Timeout(600)
class TypedClientIT {

	private static final Path SOURCE = Path.of("src/test/typed-client");

	private static final Path WORK = Path.of("target/typed-client");

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		gateway = RunningGateway.onSandbox();
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void theGeneratedClientCompilesAndRunsTheReadmeQueriesAndMutations() throws IOException {
		requireNode();
		copySources();
		if (!Files.exists(WORK.resolve("node_modules/.bin/graphql-codegen"))) {
			run(300, npm(), "ci", "--no-audit", "--no-fund");
		}

		run(60, "node", "fetch-schema.mjs", gateway.url());
		run(120, npx(), "graphql-codegen", "--config", "codegen.ts");
		run(120, npx(), "tsc", "-p", "tsconfig.json");
		String output = run(120, "node", "dist/run.js", gateway.url());

		Map<String, Object> answers = JsonMapper.shared()
			.readValue(output.lines().reduce((first, last) -> last).orElse("{}"),
					JsonMapper.shared().getTypeFactory().constructMapType(Map.class, String.class, Object.class));
		assertThat(answers).containsEntry("segmentName", "VIP customers")
			.containsEntry("createdEmail", "typed.client@example.com")
			.containsEntry("updatedCity", "Basel")
			.containsEntry("deletedId", true);
		assertThat(answers.get("contactEmail")).isInstanceOf(String.class);
		assertThat((Integer) answers.get("segmentTotal")).isPositive();
	}

	private static void requireNode() {
		try {
			String version = run(30, "node", "--version").strip();
			assertThat(Integer.parseInt(version.replaceAll("^v(\\d+)\\..*", "$1")))
				.as("TypedClientIT needs Node 20 or later; found %s", version)
				.isGreaterThanOrEqualTo(20);
		}
		catch (UncheckedIOException ex) {
			throw new AssertionError("TypedClientIT needs Node 20 or later and npm on the PATH (they generate, compile "
					+ "and run the typed TypeScript client); install Node (Debian: apt-get install nodejs npm), or "
					+ "leave the integration tests out with -DskipITs", ex);
		}
	}

	// The sources without what a run adds, so that the module's source folder stays
	// clean.
	private static void copySources() throws IOException {
		Files.createDirectories(WORK.resolve("src"));
		for (String file : List.of("package.json", "package-lock.json", "codegen.ts", "tsconfig.json",
				"fetch-schema.mjs", "src/client.ts", "src/run.ts")) {
			Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String npm() {
		return isWindows() ? "npm.cmd" : "npm";
	}

	private static String npx() {
		return isWindows() ? "npx.cmd" : "npx";
	}

	private static boolean isWindows() {
		return File.separatorChar == '\\';
	}

	// Runs a command in the work folder, bounded in time; its output, or why it failed
	// with the output's end.
	private static String run(int seconds, String... command) {
		List<String> line = new ArrayList<>(List.of(command));
		try {
			Files.createDirectories(WORK);
			Path log = Files.createTempFile(WORK, "command", ".log");
			Process process = new ProcessBuilder(line).directory(WORK.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
			if (!ended) {
				process.destroyForcibly();
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.delete(log);
			if (!ended || process.exitValue() != 0) {
				throw new AssertionError(String.join(" ", line)
						+ (ended ? " exited " + process.exitValue() : " took more than " + seconds + " s") + ":\n"
						+ tail(output));
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while running " + line, ex);
		}
	}

	private static String tail(String output) {
		List<String> lines = output.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
