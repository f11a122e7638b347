package org.mauticapi.conformance.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mauticapi.contract.MauticApiContract;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link ConsoleSummary}. */
class ConsoleSummaryTests {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	@Test
	void printsFailuresFirstWithTheirCurlThenOneLinePerSkippedGroup() {
		Failure failure = new Failure("Add points to a contact",
				CONTRACT.operationById("addContactPoints").orElseThrow(),
				"GET /api/contacts/12 answered 200: contact mine has 0 points, expected 5",
				List.of("curl -sS -X POST -u \"admin:$MAUTIC_PASSWORD\" 'http://mautic/api/contacts/12/points/plus/5'"));
		RunResult result = new RunResult(new ScenarioCounts(3, 1, 1, 1), coverage(), List.of(failure),
				List.of(new SkippedGroup("they write (@writes), and this run is read-only",
						List.of("A", "B", "C", "D"))),
				List.of(new SkippedGroup("the target has no contact to read", List.of("E"))), List.of());

		String printed = print(result);

		assertThat(printed.strip().lines().findFirst())
			.hasValue("FAILED  POST /contacts/{id}/points/plus/{points}  in \"Add points to a contact\"");
		assertThat(printed).contains("        reproduce: curl -sS -X POST -u \"admin:$MAUTIC_PASSWORD\"")
			.contains(
					"NOT RUN  4 scenarios: they write (@writes), and this run is read-only  (\"A\", \"B\", \"C\", ...)")
			.contains("SKIPPED  1 scenario: the target has no contact to read  (\"E\")")
			.endsWith("FAILED" + System.lineSeparator());
		assertThat(printed.indexOf("reproduce:")).isLessThan(printed.indexOf("NOT RUN"));
		assertThat(printed.indexOf("SKIPPED")).isLessThan(printed.indexOf("NOT EXERCISED"));
	}

	@Test
	void saysThatNothingRanAndFailsWhenEveryScenarioWasLeftOut() {
		RunResult result = new RunResult(new ScenarioCounts(0, 0, 0, 0), coverage(), List.of(),
				List.of(new SkippedGroup("not matched by --tags \"@nosuchtag\"", List.of("A"))), List.of(), List.of());

		String printed = print(result);

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(printed).contains("Nothing ran").endsWith("FAILED" + System.lineSeparator());
	}

	private static CoverageReport coverage() {
		RunFacts facts = new RunFacts("http://mautic", "5.1.0", "conformance-1-a", OffsetDateTime.now(),
				Duration.ofSeconds(3), true);
		CoverageRecorder recorder = new CoverageRecorder(CONTRACT);
		return new CoverageReport(facts, recorder.matrix("no selected scenario calls it"));
	}

	private static String print(RunResult result) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ConsoleSummary(new PrintStream(out, true, StandardCharsets.UTF_8)).print(result, Path.of("report"));
		return out.toString(StandardCharsets.UTF_8);
	}

}
