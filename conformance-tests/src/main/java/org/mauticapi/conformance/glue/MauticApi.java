package org.mauticapi.conformance.glue;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.ContractOperation;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.run.ConformanceRun;

/**
 * The steps' access to the target: every call is journaled (as the scenario's action, or as a helper call) and
 * every entity an answer shows the run created is taken note of, so that it is deleted afterwards.
 */
public class MauticApi {

	private final ConformanceRun run = ConformanceRun.current();

	/**
	 * Calls the operation the scenario is about.
	 * @param method the HTTP method
	 * @param path the path below {@code /api}
	 * @param body a JSON body, or {@code null}
	 * @param authentication which credentials to send
	 * @return the exchange
	 */
	public Exchange act(String method, String path, @Nullable String body, Authentication authentication) {
		return send(method, path, body, authentication, true);
	}

	/**
	 * Calls an operation to find or prepare data, and insists on its documented status.
	 * @param status the status a conforming target answers
	 * @param method the HTTP method
	 * @param path the path below {@code /api}
	 * @param body a JSON body, or {@code null}
	 * @return the exchange
	 * @throws AssertionError when the target answers another status (a deviation of that operation)
	 */
	public Exchange expect(int status, String method, String path, @Nullable String body) {
		Exchange exchange = send(method, path, body, Authentication.VALID, false);
		if (exchange.status() != status || exchange.body() == null) {
			throw new AssertionError(exchange + ", expected " + status + " with a JSON body: "
					+ abbreviate(exchange.bodyText()));
		}
		return exchange;
	}

	/**
	 * Calls an operation to look something up, accepting whatever it answers.
	 * @param method the HTTP method
	 * @param path the path below {@code /api}
	 * @return the exchange
	 */
	public Exchange look(String method, String path) {
		return send(method, path, null, Authentication.VALID, false);
	}

	private Exchange send(String method, String path, @Nullable String body, Authentication authentication,
			boolean action) {
		Exchange exchange = this.run.http().send(method, path, body, authentication);
		this.run.journal().record(exchange, action);
		this.run.contract()
			.operation(method, exchange.pathWithoutQuery())
			.map(ContractOperation::operationId)
			.ifPresent((operationId) -> this.run.owned().noteCreated(operationId, exchange));
		return exchange;
	}

	static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 497) + "..." : text;
	}

}
