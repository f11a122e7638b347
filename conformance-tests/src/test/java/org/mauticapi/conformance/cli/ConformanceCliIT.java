package org.mauticapi.conformance.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mauticapi.conformance.deviation.DeviatingProxy;
import org.mauticapi.conformance.deviation.Deviation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against a real target (the embedded sandbox, and a proxy that
 * deviates): what a person sees and the exit code, for a run that passes, fails, selects
 * nothing, or points at something that is not Mautic.
 */
class ConformanceCliIT {

	private static DeviatingProxy proxy;

	@TempDir
	Path reports;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void start() {
		proxy = DeviatingProxy.overDemoSandbox();
	}

	@AfterAll
	static void stop() {
		proxy.close();
	}

	@Test
	void failsWhenNoScenarioMatchesTheTags() {
		int exit = run(proxy.sandboxUrl(), "--tags", "@nosuchtag");

		assertThat(exit).isEqualTo(1);
		assertThat(text(this.out)).contains("not matched by --tags \"@nosuchtag\"", "Nothing ran")
			.endsWith("FAILED" + System.lineSeparator());
	}

	@Test
	void saysInOneLineThatATargetIsNotMauticsApi() {
		int exit = run(proxy.sandboxUrl() + "/graphiql", "--allow-writes");

		assertThat(exit).isEqualTo(ConformanceCli.EXIT_USAGE);
		assertThat(text(this.err).strip().lines()).first().asString().contains("is not Mautic's API");
		assertThat(text(this.out)).doesNotContain("Running");
	}

	@Test
	void groupsTheScenariosAReadOnlyRunLeavesOutInOneLineWithTheReason() {
		int exit = run(proxy.sandboxUrl(), "--tags", "@segments");

		assertThat(exit).isZero();
		String printed = text(this.out);
		assertThat(printed.lines().filter((line) -> line.contains("they write (@writes)"))).hasSize(2)
			.allMatch((line) -> line.contains("run with --allow-writes"));
		assertThat(printed).doesNotContain("SKIPPED [", "cucumber.filter.tags", "not @writes")
			.endsWith("PASSED" + System.lineSeparator());
	}

	@Test
	void listsFailuresFirstWithACurlCommandThatKeepsThePasswordSecret() throws Exception {
		proxy.deviate(
				new Deviation("a 500 for a missing segment", Set.of("getSegment"), "", "", UnaryOperator.identity(),
						(request, answer) -> request.is("GET", "/segments/\\d{9,}") ? answer.withStatus(500) : answer));
		try {
			int exit = run(proxy.baseUrl(), "--tags", "@segments and @readonly");

			assertThat(exit).isEqualTo(1);
			String summary = text(this.out).substring(text(this.out).lastIndexOf("[4/4]"));
			assertThat(summary.lines().skip(2).filter((line) -> !line.isBlank()).findFirst())
				.hasValueSatisfying((line) -> assertThat(line).startsWith("FAILED  GET /segments/{id}"));
			assertThat(summary).contains("reproduce: curl -sS -u \"admin:$MAUTIC_PASSWORD\" '" + proxy.baseUrl()
					+ "/api/segments/999999999'");
			assertThat(text(this.out) + text(this.err)).doesNotContain("admin:mautic");
			assertThat(Files.readString(this.reports.resolve("coverage.html"))).contains("cucumber.html?query=",
					"conformance-", proxy.baseUrl(), "Duration");
		}
		finally {
			proxy.deviate(Deviation.NONE);
		}
	}

	private int run(String baseUrl, String... options) {
		String[] args = new String[options.length + 4];
		args[0] = "--base-url";
		args[1] = baseUrl;
		args[2] = "--report-dir";
		args[3] = this.reports.toString();
		System.arraycopy(options, 0, args, 4, options.length);
		return ConformanceCli.run(args, Map.of("MAUTIC_USERNAME", "admin", "MAUTIC_PASSWORD", "mautic")::get,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
