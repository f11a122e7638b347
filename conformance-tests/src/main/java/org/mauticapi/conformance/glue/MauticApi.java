package org.mauticapi.conformance.glue;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.ownership.EntityKind;
import org.mauticapi.conformance.report.DeviationError;
import org.mauticapi.conformance.run.ConformanceRun;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * The steps' access to the target. Every call is journaled (as the scenario's action, or
 * as a helper call) and every entity an answer shows the run created is taken note of, so
 * that it is deleted afterwards. The answers of helper calls to documented operations are
 * checked as strictly as actions (status, shape, formats): a deviation shows wherever it
 * appears, and is blamed on the operation that answered.
 */
public class MauticApi {

	private final ConformanceRun run;

	public MauticApi(RunScope scope) {
		this.run = scope.run();
	}

	/**
	 * Calls the operation the scenario is about; its answer is for the "Then" steps to
	 * judge.
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
	 * Calls a documented operation to find, prepare or check data, and insists on the
	 * status and shape a conforming target answers.
	 * @param status the status a conforming target answers
	 * @param method the HTTP method
	 * @param path the path below {@code /api}
	 * @param body a JSON body, or {@code null}
	 * @return the exchange
	 * @throws DeviationError when the target answers otherwise (a deviation of that
	 * operation)
	 */
	public Exchange call(int status, String method, String path, @Nullable String body) {
		Exchange exchange = checked(send(method, path, body, Authentication.VALID, false));
		if (exchange.status() != status) {
			throw DeviationError.inAnswer(exchange,
					"expected " + status + ": " + AnswerShapes.abbreviate(exchange.bodyText()));
		}
		return exchange;
	}

	/**
	 * Reads with a documented operation, which must answer 200.
	 * @param path the path below {@code /api}
	 * @return the exchange, with a JSON body
	 */
	public Exchange read(String path) {
		return call(200, "GET", path, null);
	}

	/**
	 * Calls a documented operation to look something up, accepting any status the
	 * contract declares for it.
	 * @param method the HTTP method
	 * @param path the path below {@code /api}
	 * @return the exchange
	 */
	public Exchange look(String method, String path) {
		return checked(send(method, path, null, Authentication.VALID, false));
	}

	/**
	 * Calls one of Mautic's routes outside the documented operations, to create a
	 * prerequisite (a point group, a company, a device...). A target that cannot is not
	 * deviating from the documented API: the scenario is skipped, saying why.
	 * @param what what is being prepared, for the skip reason
	 * @param method the HTTP method
	 * @param path the path below {@code /api}
	 * @param body a JSON body, or {@code null}
	 * @return the exchange, with a JSON body
	 */
	public Exchange prepare(String what, String method, String path, @Nullable String body) {
		Exchange exchange = send(method, path, body, Authentication.VALID, false);
		if (exchange.status() / 100 != 2 || exchange.body() == null) {
			throw new TestAbortedException("the kit could not create " + what + " through Mautic's API: " + exchange
					+ " " + AnswerShapes.abbreviate(exchange.bodyText()).lines().findFirst().orElse(""));
		}
		return exchange;
	}

	/**
	 * What is wrong with an answer, measured against the contract.
	 * @param exchange the exchange
	 * @return the problems, empty when it conforms
	 */
	public List<String> shapeProblems(Exchange exchange) {
		List<String> problems = new ArrayList<>(this.run.shapes().problems(exchange));
		// Mautic's API controllers stamp every answer (its router and firewall, which
		// answer some 404s and the
		// 401s, do not): a target that said its version once says it on every successful
		// answer.
		this.run.targetVersion()
			.filter((version) -> exchange.status() / 100 == 2 && !version.text().equals(exchange.mauticVersion()))
			.ifPresent((version) -> problems.add("the Mautic-Version header is " + exchange.mauticVersion() + ", not "
					+ version + " as on the target's other answers"));
		return problems;
	}

	/**
	 * Takes an entity that carries the run's marker as the run's own, though no answer
	 * showed its creation (a target that answered an error and created it anyway), so
	 * that it is deleted too.
	 * @param kind its kind
	 * @param entity the entity as listed
	 */
	public void adopt(EntityKind kind, JsonNode entity) {
		this.run.owned().adopt(kind, entity);
	}

	private Exchange checked(Exchange exchange) {
		List<String> problems = shapeProblems(exchange);
		if (!problems.isEmpty()) {
			throw DeviationError.inAnswer(exchange, String.join("; ", problems));
		}
		return exchange;
	}

	private Exchange send(String method, String path, @Nullable String body, Authentication authentication,
			boolean action) {
		Exchange exchange = this.run.http().send(method, path, body, authentication);
		this.run.journal().record(exchange, action);
		this.run.owned().noteCreated(exchange);
		return exchange;
	}

}
