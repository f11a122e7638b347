package org.mauticapi.conformance.report;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per scenario that ran, "[n/m] PASSED name" (with the reason under a
 * failure), and counts the outcomes. Skipped scenarios are counted but not printed one by
 * one: the summary groups them by reason. The total is known before the first scenario
 * runs, because the JUnit Platform discovers (and filters) every scenario first.
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
			this.done.incrementAndGet();
			this.skipped.incrementAndGet();
		}
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		if (!identifier.isTest()) {
			return;
		}
		int position = this.done.incrementAndGet();
		switch (result.getStatus()) {
			case SUCCESSFUL -> {
				this.passed.incrementAndGet();
				print(position, "PASSED", identifier, "");
			}
			case ABORTED -> this.skipped.incrementAndGet();
			case FAILED -> {
				this.failed.incrementAndGet();
				print(position, "FAILED", identifier,
						result.getThrowable().map((error) -> FailureReasons.firstLine(error, "")).orElse(""));
			}
		}
	}

	private void print(int position, String outcome, TestIdentifier identifier, String why) {
		String line = "[" + position + "/" + this.total + "] " + outcome + " " + identifier.getDisplayName();
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
