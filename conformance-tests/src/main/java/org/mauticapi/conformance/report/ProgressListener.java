package org.mauticapi.conformance.report;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per finished scenario, "[n/m] PASSED name", and counts the outcomes. The total is known before
 * the first scenario runs, because the JUnit Platform discovers (and filters) every scenario first.
 */
public final class ProgressListener implements TestExecutionListener {

	private final PrintStream out;

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicInteger passed = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicInteger skipped = new AtomicInteger();

	private long total;

	public ProgressListener(PrintStream out) {
		this.out = out;
	}

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		this.total = testPlan.countTestIdentifiers(TestIdentifier::isTest);
		this.out.println("Running " + this.total + " scenarios");
	}

	@Override
	public void executionSkipped(TestIdentifier identifier, String reason) {
		if (identifier.isTest()) {
			this.skipped.incrementAndGet();
			print("SKIPPED", identifier, reason);
		}
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		if (!identifier.isTest()) {
			return;
		}
		String why = result.getThrowable().map((error) -> CoverageListener.firstLine(error, "")).orElse("");
		switch (result.getStatus()) {
			case SUCCESSFUL -> {
				this.passed.incrementAndGet();
				print("PASSED ", identifier, "");
			}
			case ABORTED -> {
				this.skipped.incrementAndGet();
				print("SKIPPED", identifier, why);
			}
			case FAILED -> {
				this.failed.incrementAndGet();
				print("FAILED ", identifier, why);
			}
		}
	}

	private void print(String outcome, TestIdentifier identifier, String why) {
		String line = "[" + this.done.incrementAndGet() + "/" + this.total + "] " + outcome + " "
				+ identifier.getDisplayName();
		this.out.println(why.isBlank() ? line : line + "\n            " + why);
	}

	/**
	 * The outcome so far.
	 * @return the counts
	 */
	public ScenarioCounts counts() {
		return new ScenarioCounts((int) this.total, this.passed.get(), this.failed.get(), this.skipped.get());
	}

}
