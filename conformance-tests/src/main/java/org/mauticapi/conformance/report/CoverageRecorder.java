package org.mauticapi.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;

/**
 * Builds the coverage matrix as scenarios finish: an operation passes when scenarios
 * called it and none failed on it, fails with the first failure's reason, and is
 * otherwise not exercised (with why, when a scenario that would have called it was
 * skipped). It also keeps every failure, and the skipped scenarios grouped by reason.
 */
public final class CoverageRecorder {

	private final Map<ContractOperation, State> states = new LinkedHashMap<>();

	private final List<Failure> failures = new ArrayList<>();

	private final Map<String, List<String>> skipped = new LinkedHashMap<>();

	public CoverageRecorder(MauticApiContract contract) {
		contract.operations().forEach((operation) -> this.states.put(operation, new State()));
	}

	/**
	 * Takes the outcome of a finished scenario.
	 * @param journal what it did
	 * @param skipReason why it was skipped, or {@code null} when it ran to the end or
	 * failed
	 */
	public synchronized void scenarioFinished(ScenarioJournal journal, @Nullable String skipReason) {
		String scenario = journal.scenario();
		journal.failure().ifPresentOrElse((failure) -> {
			this.failures.add(failure);
			if (failure.operation() != null) {
				state(failure.operation()).fail(failure);
			}
		}, () -> {
			journal.actions().forEach((operation) -> state(operation).pass(scenario));
			if (skipReason != null) {
				this.skipped.computeIfAbsent(skipReason, (reason) -> new ArrayList<>()).add(scenario);
				journal.namedOperations().forEach((operation) -> state(operation).skip(skipReason));
			}
		});
	}

	/**
	 * Every failure, in the order the scenarios failed.
	 * @return the failures
	 */
	public synchronized List<Failure> failures() {
		return List.copyOf(this.failures);
	}

	/**
	 * The scenarios skipped while running (no data to read, say), grouped by reason.
	 * @return one group per reason
	 */
	public synchronized List<SkippedGroup> skipped() {
		return this.skipped.entrySet()
			.stream()
			.map((entry) -> new SkippedGroup(entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * The matrix, in the spec's order.
	 * @param notExercisedReason why an operation that no scenario called or skipped was
	 * not exercised
	 * @return one line per documented operation
	 */
	public synchronized List<OperationCoverage> matrix(String notExercisedReason) {
		return this.states.entrySet().stream().map((entry) -> {
			ContractOperation operation = entry.getKey();
			State state = entry.getValue();
			String reason = (state.status == OperationStatus.NOT_EXERCISED && state.reason == null) ? notExercisedReason
					: state.reason;
			return new OperationCoverage(operation.method(), operation.pathTemplate(), operation.operationId(),
					state.status, reason, List.copyOf(state.scenarios), state.reproduce);
		}).toList();
	}

	private State state(ContractOperation operation) {
		return this.states.computeIfAbsent(operation, (ignored) -> new State());
	}

	private static final class State {

		private OperationStatus status = OperationStatus.NOT_EXERCISED;

		private @Nullable String reason;

		private final Set<String> scenarios = new LinkedHashSet<>();

		private List<String> reproduce = List.of();

		void pass(String scenario) {
			this.scenarios.add(scenario);
			if (this.status == OperationStatus.NOT_EXERCISED) {
				this.status = OperationStatus.PASSED;
				this.reason = null;
			}
		}

		void fail(Failure failure) {
			this.scenarios.add(failure.scenario());
			if (this.status != OperationStatus.FAILED) {
				this.status = OperationStatus.FAILED;
				this.reason = failure.scenario() + ": " + failure.reason();
				this.reproduce = failure.reproduce();
			}
		}

		void skip(String why) {
			if (this.status == OperationStatus.NOT_EXERCISED && this.reason == null) {
				this.reason = "skipped: " + why;
			}
		}

	}

}
