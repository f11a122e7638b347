package org.mauticapi.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;

/**
 * Builds the coverage matrix as scenarios finish: an operation passes when scenarios called it and none failed on
 * it, fails with the first failure's reason, and is otherwise not exercised (with why, when a scenario that would
 * have called it was skipped).
 */
public final class CoverageRecorder {

	private final Map<ContractOperation, State> states = new LinkedHashMap<>();

	private final List<String> unattributedFailures = new ArrayList<>();

	public CoverageRecorder(MauticApiContract contract) {
		contract.operations().forEach((operation) -> this.states.put(operation, new State()));
	}

	/**
	 * Takes the outcome of a finished scenario.
	 * @param scenario the scenario's name
	 * @param journal what it did
	 * @param skipReason why it was skipped, or {@code null} when it ran to the end or failed
	 */
	public synchronized void scenarioFinished(String scenario, ScenarioJournal journal, @Nullable String skipReason) {
		journal.failure().ifPresentOrElse((failure) -> {
			if (failure.operation() == null) {
				this.unattributedFailures.add(scenario + ": " + failure.reason());
			}
			else {
				state(failure.operation()).fail(scenario + ": " + failure.reason());
			}
		}, () -> {
			journal.actions().forEach((operation) -> state(operation).pass());
			if (skipReason != null) {
				journal.namedOperations().forEach((operation) -> state(operation).skip(skipReason));
			}
		});
	}

	/**
	 * Failures that happened before the scenario called anything (an undefined step, say).
	 * @return one line per failure
	 */
	public synchronized List<String> unattributedFailures() {
		return List.copyOf(this.unattributedFailures);
	}

	/**
	 * The matrix, in the spec's order.
	 * @param notExercisedReason why an operation that no scenario called or skipped was not exercised
	 * @return one line per documented operation
	 */
	public synchronized List<OperationCoverage> matrix(String notExercisedReason) {
		return this.states.entrySet().stream().map((entry) -> {
			ContractOperation operation = entry.getKey();
			State state = entry.getValue();
			String reason = (state.status == OperationStatus.NOT_EXERCISED && state.reason == null) ? notExercisedReason
					: state.reason;
			return new OperationCoverage(operation.method(), operation.pathTemplate(), operation.operationId(),
					state.status, reason);
		}).toList();
	}

	private State state(ContractOperation operation) {
		return this.states.computeIfAbsent(operation, (ignored) -> new State());
	}

	private static final class State {

		private OperationStatus status = OperationStatus.NOT_EXERCISED;

		private @Nullable String reason;

		void pass() {
			if (this.status == OperationStatus.NOT_EXERCISED) {
				this.status = OperationStatus.PASSED;
				this.reason = null;
			}
		}

		void fail(String why) {
			if (this.status != OperationStatus.FAILED) {
				this.status = OperationStatus.FAILED;
				this.reason = why;
			}
		}

		void skip(String why) {
			if (this.status == OperationStatus.NOT_EXERCISED && this.reason == null) {
				this.reason = "skipped: " + why;
			}
		}

	}

}
