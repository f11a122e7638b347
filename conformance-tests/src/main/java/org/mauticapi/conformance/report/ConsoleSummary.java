package org.mauticapi.conformance.report;

import java.io.PrintStream;
import java.nio.file.Path;

import org.mauticapi.conformance.run.RunResult;

/** The summary printed at the end of a run: scenarios, operations, what failed where, and where the reports are. */
public final class ConsoleSummary {

	private final PrintStream out;

	public ConsoleSummary(PrintStream out) {
		this.out = out;
	}

	public void print(RunResult result, Path reportDir) {
		ScenarioCounts scenarios = result.scenarios();
		CoverageReport coverage = result.coverage();
		this.out.println();
		this.out.println("Scenarios: " + scenarios.selected() + " selected, " + scenarios.passed() + " passed, "
				+ scenarios.failed() + " failed, " + scenarios.skipped() + " skipped");
		this.out.println("Operations: " + (coverage.operations().size() - coverage.count(OperationStatus.NOT_EXERCISED))
				+ " of " + coverage.operations().size() + " exercised, " + coverage.count(OperationStatus.PASSED)
				+ " passed, " + coverage.count(OperationStatus.FAILED) + " failed");
		for (OperationCoverage operation : coverage.operations()) {
			if (operation.status() != OperationStatus.PASSED) {
				this.out.println("  " + operation.status().label() + "  " + operation.method() + " " + operation.path()
						+ ((operation.reason() != null) ? "  " + operation.reason() : ""));
			}
		}
		result.unattributedFailures().forEach((failure) -> this.out.println("  failed before any call: " + failure));
		if (scenarios.selected() == 0) {
			this.out.println("No scenario matched the selection: check --tags and --features");
		}
		result.residue().forEach((left) -> this.out.println("  left on the target: " + left));
		this.out.println("Reports: " + reportDir.toAbsolutePath() + " (coverage.html, coverage.json, cucumber.html, "
				+ "cucumber.json, junit.xml)");
		this.out.println(result.passed() ? "PASSED" : "FAILED");
	}

}
