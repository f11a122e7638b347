package org.mauticapi.conformance.report;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.ContractOperation;

/**
 * A scenario's failure.
 *
 * @param scenario the scenario's name
 * @param operation the operation it is attributed to, or {@code null} when it failed
 * before any documented call
 * @param reason what went wrong, in one line
 * @param reproduce curl commands that send the calls that showed it, in order (no secret
 * in them)
 */
public record Failure(String scenario, @Nullable ContractOperation operation, String reason, List<String> reproduce) {

	public Failure {
		reproduce = List.copyOf(reproduce);
	}

}
