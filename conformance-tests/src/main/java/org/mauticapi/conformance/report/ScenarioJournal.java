package org.mauticapi.conformance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;

import org.mauticapi.conformance.http.Exchange;

/**
 * What the scenario in progress did: each exchange with the operation it belongs to, whether it was the
 * scenario's action (a "When" step) or a helper call (discovery, set-up, follow-up check), and its first
 * failure, attributed to an operation.
 */
public final class ScenarioJournal {

	// The step that names an operation: "I call GET /contacts/{contact}" (with or without a body or credentials).
	private static final Pattern CALL_STEP = Pattern.compile("^I call (GET|POST|PUT|PATCH|DELETE) (/\\S*)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/}]+}");

	private final MauticApiContract contract;

	private final List<Entry> entries = new ArrayList<>();

	private List<String> stepTexts = List.of();

	private @Nullable Failure failure;

	public ScenarioJournal(MauticApiContract contract) {
		this.contract = contract;
	}

	/**
	 * Starts the journal of a new scenario.
	 * @param steps the text of its steps
	 */
	public synchronized void start(List<String> steps) {
		this.entries.clear();
		this.stepTexts = List.copyOf(steps);
		this.failure = null;
	}

	/**
	 * Records an exchange.
	 * @param exchange the exchange
	 * @param action whether it is the scenario's action rather than a helper call
	 */
	public synchronized void record(Exchange exchange, boolean action) {
		this.entries.add(new Entry(this.contract.operation(exchange.method(), exchange.pathWithoutQuery()), action));
	}

	/**
	 * Records the scenario's first failure, attributed to the operation of its action if it had one by then, else
	 * to the helper call made last (a failing set-up is a deviation of the operation it called).
	 * @param reason what went wrong
	 */
	public synchronized void failed(String reason) {
		if (this.failure != null) {
			return;
		}
		Optional<ContractOperation> operation = lastOperation(true).or(() -> lastOperation(false));
		this.failure = new Failure(operation.orElse(null), reason);
	}

	/**
	 * The operations the scenario called as its action.
	 * @return the operations, in order, without repeats
	 */
	public synchronized List<ContractOperation> actions() {
		return this.entries.stream()
			.filter(Entry::action)
			.flatMap((entry) -> entry.operation().stream())
			.distinct()
			.toList();
	}

	/**
	 * The operations the scenario's steps name ("I call METHOD PATH"), whether or not they ran.
	 * @return the operations named
	 */
	public synchronized List<ContractOperation> namedOperations() {
		List<ContractOperation> named = new ArrayList<>();
		for (String step : this.stepTexts) {
			Matcher call = CALL_STEP.matcher(step);
			if (call.find()) {
				String path = PLACEHOLDER.matcher(call.group(2).replaceAll("\\?.*$", "")).replaceAll("1");
				this.contract.operation(call.group(1), path).filter((op) -> !named.contains(op)).ifPresent(named::add);
			}
		}
		return named;
	}

	/**
	 * The scenario's first failure.
	 * @return the failure, empty while it has not failed
	 */
	public synchronized Optional<Failure> failure() {
		return Optional.ofNullable(this.failure);
	}

	private Optional<ContractOperation> lastOperation(boolean action) {
		for (int i = this.entries.size() - 1; i >= 0; i--) {
			Entry entry = this.entries.get(i);
			if ((!action || entry.action()) && entry.operation().isPresent()) {
				return entry.operation();
			}
		}
		return Optional.empty();
	}

	private record Entry(Optional<ContractOperation> operation, boolean action) {

	}

	/**
	 * A scenario's failure.
	 *
	 * @param operation the operation it is attributed to, or {@code null} when it failed before any call
	 * @param reason what went wrong
	 */
	public record Failure(@Nullable ContractOperation operation, String reason) {

	}

}
