package org.mauticapi.conformance.run;

import java.util.List;

import org.mauticapi.conformance.report.CoverageReport;
import org.mauticapi.conformance.report.ScenarioCounts;

/**
 * The outcome of a run.
 *
 * @param scenarios how the scenarios ended
 * @param coverage the coverage matrix
 * @param unattributedFailures failures that no operation can be blamed for (an undefined step, say)
 * @param residue entities the run created and could not delete
 */
public record RunResult(ScenarioCounts scenarios, CoverageReport coverage, List<String> unattributedFailures,
		List<String> residue) {

	/**
	 * Whether every selected scenario passed (skipped ones aside) and the run cleaned up after itself.
	 * @return whether the target conforms, as far as this run looked
	 */
	public boolean passed() {
		return this.scenarios.selected() > 0 && this.scenarios.failed() == 0 && this.residue.isEmpty();
	}

	/**
	 * The process exit code: 0 when the run passed, 1 otherwise.
	 * @return the exit code
	 */
	public int exitCode() {
		return passed() ? 0 : 1;
	}

}
