package org.mauticapi.conformance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;

import org.mauticapi.conformance.http.Exchange;

/**
 * What the scenario in progress did: each exchange with the operation it belongs to,
 * whether it was the scenario's action (a "When" step) or a helper call (discovery,
 * set-up, a read that checks an effect), and its first failure, attributed to an
 * operation: the operation of an exchange whose answer deviates, else the action's, else
 * (a failing set-up) the operation called last.
 */
public final class ScenarioJournal {

	// The step that names an operation: "I call GET /contacts/{contact}" (with or without
	// a body or credentials).
	private static final Pattern CALL_STEP = Pattern.compile("^I call (GET|POST|PUT|PATCH|DELETE) (/\\S*)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/}]+}");

	private final MauticApiContract contract;

	private final Function<Exchange, String> reproduce;

	private final List<Entry> entries = new ArrayList<>();

	private String scenario = "";

	private List<String> stepTexts = List.of();

	private @Nullable Failure failure;

	/**
	 * A journal.
	 * @param contract the operations exchanges are attributed to
	 * @param reproduce how an exchange is shown to a person who wants to repeat it (a
	 * curl command)
	 */
	public ScenarioJournal(MauticApiContract contract, Function<Exchange, String> reproduce) {
		this.contract = contract;
		this.reproduce = reproduce;
	}

	/**
	 * Starts the journal of a new scenario.
	 * @param scenario the scenario's name
	 * @param stepTexts the texts of its steps
	 */
	public synchronized void start(String scenario, List<String> stepTexts) {
		this.scenario = scenario;
		this.entries.clear();
		this.stepTexts = List.copyOf(stepTexts);
		this.failure = null;
	}

	/**
	 * Records an exchange.
	 * @param exchange the exchange
	 * @param action whether it is the scenario's action rather than a helper call
	 */
	public synchronized void record(Exchange exchange, boolean action) {
		this.entries
			.add(new Entry(exchange, this.contract.operation(exchange.method(), exchange.pathWithoutQuery()), action));
	}

	/**
	 * Records the scenario's first failure.
	 * @param reason what went wrong, in one line
	 * @param error the error, which may say which exchange deviates
	 */
	public synchronized void failed(String reason, @Nullable Throwable error) {
		if (this.failure != null) {
			return;
		}
		Optional<Entry> action = lastEntry(true);
		Optional<ContractOperation> operation;
		List<Exchange> evidence = new ArrayList<>();
		action.ifPresent((entry) -> evidence.add(entry.exchange()));
		if (error instanceof DeviationError deviation) {
			Optional<ContractOperation> ofExchange = this.contract.operation(deviation.exchange().method(),
					deviation.exchange().pathWithoutQuery());
			operation = (deviation.ofThisExchange() || action.isEmpty()) ? ofExchange.or(this::lastOperation)
					: action.get().operation();
			if (!evidence.contains(deviation.exchange())) {
				evidence.add(deviation.exchange());
			}
		}
		else {
			operation = action.flatMap(Entry::operation).or(this::lastOperation);
			if (action.isEmpty()) {
				lastEntry(false).ifPresent((entry) -> evidence.add(entry.exchange()));
			}
		}
		this.failure = new Failure(this.scenario, operation.orElse(null), reason,
				evidence.stream().map(this.reproduce).toList());
	}

	/**
	 * The scenario's name.
	 * @return the name
	 */
	public synchronized String scenario() {
		return this.scenario;
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
	 * The operations the scenario's steps name ("I call METHOD PATH"), whether or not
	 * they ran.
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

	private Optional<Entry> lastEntry(boolean action) {
		for (int i = this.entries.size() - 1; i >= 0; i--) {
			Entry entry = this.entries.get(i);
			if ((!action || entry.action()) && (action || entry.operation().isPresent())) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	private Optional<ContractOperation> lastOperation() {
		return lastEntry(false).flatMap(Entry::operation);
	}

	private record Entry(Exchange exchange, Optional<ContractOperation> operation, boolean action) {

	}

}
