package org.mauticapi.conformance.report;

import org.mauticapi.conformance.http.Exchange;

/**
 * A deviation seen in one exchange of a scenario, and which operation it is a deviation
 * of: the exchange's own (its answer has the wrong shape or status) or the scenario's
 * action (a read that follows the action shows that the action did not have its effect).
 * The exchange is kept so that the report can show how to reproduce it.
 */
public final class DeviationError extends AssertionError {

	private static final long serialVersionUID = 1L;

	private final transient Exchange exchange;

	private final boolean ofThisExchange;

	private DeviationError(Exchange exchange, String message, boolean ofThisExchange) {
		super(exchange + ": " + message);
		this.exchange = exchange;
		this.ofThisExchange = ofThisExchange;
	}

	/**
	 * The answer of this exchange deviates: a deviation of its operation.
	 * @param exchange the exchange
	 * @param message what deviates
	 * @return the error
	 */
	public static DeviationError inAnswer(Exchange exchange, String message) {
		return new DeviationError(exchange, message, true);
	}

	/**
	 * This exchange, a read that follows the scenario's action, shows that the action did
	 * not do what it answered: a deviation of the action's operation.
	 * @param exchange the read
	 * @param message what the read shows, and what was expected
	 * @return the error
	 */
	public static DeviationError effectMissing(Exchange exchange, String message) {
		return new DeviationError(exchange, message, false);
	}

	/**
	 * The exchange the deviation was seen in.
	 * @return the exchange
	 */
	public Exchange exchange() {
		return this.exchange;
	}

	/**
	 * Whether the deviation is one of the exchange's own operation rather than of the
	 * scenario's action.
	 * @return whether to blame the exchange's operation
	 */
	public boolean ofThisExchange() {
		return this.ofThisExchange;
	}

}
