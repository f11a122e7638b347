package org.mauticapi.conformance.report;

import org.jspecify.annotations.Nullable;

/**
 * One line of the coverage matrix.
 *
 * @param method the HTTP method
 * @param path the path template as in the spec, without {@code /api}
 * @param operationId the spec's operationId
 * @param status how it fared
 * @param reason the first failure's reason, or why it was not exercised; {@code null} when it passed
 */
public record OperationCoverage(String method, String path, String operationId, OperationStatus status,
		@Nullable String reason) {

}
