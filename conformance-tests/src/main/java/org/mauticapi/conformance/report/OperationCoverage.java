package org.mauticapi.conformance.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of the coverage matrix.
 *
 * @param method the HTTP method
 * @param path the path template as in the spec, without {@code /api}
 * @param operationId the spec's operationId
 * @param status how it fared
 * @param reason the first failure's reason, or why it was not exercised; {@code null}
 * when it passed
 * @param scenarios the scenarios that called it as their action
 * @param reproduce for a failure, the curl commands that show it
 */
public record OperationCoverage(String method, String path, String operationId, OperationStatus status,
		@Nullable String reason, List<String> scenarios, List<String> reproduce) {

	public OperationCoverage {
		scenarios = List.copyOf(scenarios);
		reproduce = List.copyOf(reproduce);
	}

}
