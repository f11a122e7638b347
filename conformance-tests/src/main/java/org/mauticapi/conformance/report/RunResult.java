package org.mauticapi.conformance.report;

import java.util.List;

/**
 * The outcome of a run.
 *
 * @param scenarios how the selected scenarios ended
 * @param coverage the coverage matrix and the facts of the run
 * @param failures every failure, attributed to an operation where one can be blamed
 * @param notSelected the scenarios the run left out (writes not allowed, the target's
 * version, the tags), by reason
 * @param skipped the selected scenarios that were skipped while running (no data to
 * read), by reason
 * @param residue entities the run created and could not delete
 */
public record RunResult(ScenarioCounts scenarios, CoverageReport coverage, List<Failure> failures,
		List<SkippedGroup> notSelected, List<SkippedGroup> skipped, List<String> residue) {

	/**
	 * Whether some scenario ran to its end, passed or failed: a run that skipped
	 * everything checked nothing.
	 * @return whether anything was checked
	 */
	public boolean anythingRan() {
		return this.scenarios.passed() + this.scenarios.failed() > 0;
	}

	/**
	 * Whether something ran, nothing failed and the run cleaned up after itself.
	 * @return whether the target conforms, as far as this run looked
	 */
	public boolean passed() {
		return anythingRan() && this.scenarios.failed() == 0 && this.failures.isEmpty() && this.residue.isEmpty();
	}

	/**
	 * The process exit code: 0 when the run passed, 1 otherwise (a failure, something
	 * left behind, or nothing ran).
	 * @return the exit code
	 */
	public int exitCode() {
		return passed() ? 0 : 1;
	}

}
