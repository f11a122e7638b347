package org.mauticapi.conformance.report;

import java.util.List;

/**
 * Scenarios that did not run for one and the same reason.
 *
 * @param reason why, for a person (e.g. "writes are not allowed: run with
 * --allow-writes")
 * @param scenarios the scenarios' names
 */
public record SkippedGroup(String reason, List<String> scenarios) {

	public SkippedGroup {
		scenarios = List.copyOf(scenarios);
	}

}
