package org.mauticapi.conformance.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The summary printed at the end of a run: failures first, each with the curl commands
 * that reproduce it, then what did not run and why (one line per reason), the operations
 * not exercised, what was left on the target, and where the reports are.
 */
public final class ConsoleSummary {

	private static final int NAMES_SHOWN = 3;

	private final PrintStream out;

	public ConsoleSummary(PrintStream out) {
		this.out = out;
	}

	public void print(RunResult result, Path reportDir) {
		ScenarioCounts scenarios = result.scenarios();
		CoverageReport coverage = result.coverage();
		this.out.println();
		printFailures(result.failures());
		printSkipped("NOT RUN", result.notSelected());
		printSkipped("SKIPPED", result.skipped());
		printNotExercised(coverage.operations());
		result.residue().forEach((left) -> this.out.println("LEFT ON THE TARGET  " + left));
		this.out.println();
		this.out.println("Scenarios: " + scenarios.selected() + " selected, " + scenarios.passed() + " passed, "
				+ scenarios.failed() + " failed, " + scenarios.skipped() + " skipped");
		this.out.println("Operations: " + coverage.exercised() + " of " + coverage.operations().size() + " exercised, "
				+ coverage.count(OperationStatus.PASSED) + " passed, " + coverage.count(OperationStatus.FAILED)
				+ " failed");
		this.out.println(String.format(Locale.ROOT, "Run %s took %.1f s", coverage.facts().marker(),
				coverage.facts().duration().toMillis() / 1000.0));
		this.out.println("Reports: " + reportDir.toAbsolutePath() + " (coverage.html, coverage.json, cucumber.html, "
				+ "cucumber.json, junit.xml)");
		if (!result.anythingRan()) {
			this.out.println("Nothing ran: no scenario was selected, or every selected one was skipped (see above)");
		}
		this.out.println(result.passed() ? "PASSED" : "FAILED");
	}

	private void printFailures(List<Failure> failures) {
		for (Failure failure : failures) {
			String operation = (failure.operation() != null)
					? failure.operation().method() + " " + failure.operation().pathTemplate() : "(no operation)";
			this.out.println("FAILED  " + operation + "  in \"" + failure.scenario() + "\"");
			this.out.println("        " + failure.reason());
			for (String curl : failure.reproduce()) {
				this.out.println("        reproduce: " + curl);
			}
		}
		if (failures.stream().anyMatch((failure) -> !failure.reproduce().isEmpty())) {
			this.out.println("        (the kit deleted its own data after each scenario: create the entities again"
					+ " before reusing their ids)");
		}
	}

	// One line per reason, naming the operations.
	private void printNotExercised(List<OperationCoverage> operations) {
		Map<String, List<String>> byReason = new LinkedHashMap<>();
		operations.stream()
			.filter((operation) -> operation.status() == OperationStatus.NOT_EXERCISED)
			.forEach((operation) -> byReason
				.computeIfAbsent(Objects.requireNonNullElse(operation.reason(), "not called"),
						(reason) -> new ArrayList<>())
				.add(operation.method() + " " + operation.path()));
		byReason.forEach((reason, names) -> this.out
			.println("NOT EXERCISED  " + names.size() + ((names.size() == 1) ? " operation: " : " operations: ")
					+ reason + "  (" + String.join(", ", names) + ")"));
	}

	private void printSkipped(String label, List<SkippedGroup> groups) {
		for (SkippedGroup group : groups) {
			int count = group.scenarios().size();
			List<String> shown = group.scenarios().stream().distinct().limit(NAMES_SHOWN).toList();
			String names = "\"" + String.join("\", \"", shown) + "\""
					+ ((group.scenarios().stream().distinct().count() > NAMES_SHOWN) ? ", ..." : "");
			this.out.println(label + "  " + count + ((count == 1) ? " scenario" : " scenarios") + ": " + group.reason()
					+ "  (" + names + ")");
		}
	}

}
