package org.mauticapi.conformance.deviation;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds deviations: of an answer (status, body, JSON), of a request (a parameter
 * ignored), or a write that answers success but stores nothing or something else.
 */
final class Deviations {

	private Deviations() {
	}

	/**
	 * Where a deviation shows: the operations that may be blamed and the scenarios that
	 * meet it.
	 *
	 * @param operationIds the operations the kit may blame
	 * @param tags a tag expression
	 * @param scenarios a regular expression on scenario names ("" for all)
	 */
	record Seen(Set<String> operationIds, String tags, String scenarios) {

	}

	static Seen seen(String operationId, String tags, String scenarios) {
		return new Seen(Set.of(operationId), tags, scenarios);
	}

	static Seen seen(Set<String> operationIds, String tags, String scenarios) {
		return new Seen(operationIds, tags, scenarios);
	}

	/**
	 * An answer changed.
	 * @param name what deviates
	 * @param seen where it shows
	 * @param method the method of the calls whose answer changes
	 * @param path a regular expression for their path below {@code /api}, without query
	 * string
	 * @param edit the change
	 * @return the deviation
	 */
	static Deviation answer(String name, Seen seen, String method, String path, UnaryOperator<ProxiedAnswer> edit) {
		return new Deviation(name, seen.operationIds(), seen.tags(), seen.scenarios(), UnaryOperator.identity(),
				(request, answer) -> request.is(method, path) ? edit.apply(answer) : answer);
	}

	/**
	 * A successful answer's JSON changed.
	 * @param name what deviates
	 * @param seen where it shows
	 * @param method the method of the calls whose answer changes
	 * @param path a regular expression for their path
	 * @param edit the change to the tree
	 * @return the deviation
	 */
	static Deviation json(String name, Seen seen, String method, String path, Consumer<JsonNode> edit) {
		return answer(name, seen, method, path,
				(answer) -> (answer.status() / 100 == 2) ? answer.editJson(edit) : answer);
	}

	/**
	 * A query parameter the target does not read.
	 * @param name what deviates
	 * @param seen where it shows
	 * @param path a regular expression for the path of the GETs that ignore it
	 * @param parameter the parameter's name (every parameter starting with it is dropped)
	 * @return the deviation
	 */
	static Deviation ignoredParameter(String name, Seen seen, String path, String parameter) {
		return new Deviation(name, seen.operationIds(), seen.tags(), seen.scenarios(),
				(request) -> request.is("GET", path) ? request.withoutParameters(parameter) : request,
				(request, answer) -> answer);
	}

	/**
	 * A write that does something else than asked (often nothing) and answers as if it
	 * had done it.
	 * @param name what deviates
	 * @param seen where it shows
	 * @param method the method of the write
	 * @param path a regular expression for its path
	 * @param instead what the target does instead
	 * @param claim how the answer claims the write, knowing the request the kit sent
	 * @return the deviation
	 */
	static Deviation lying(String name, Seen seen, String method, String path, UnaryOperator<ProxiedRequest> instead,
			BiFunction<ProxiedRequest, ProxiedAnswer, ProxiedAnswer> claim) {
		return new Deviation(name, seen.operationIds(), seen.tags(), seen.scenarios(),
				(request) -> request.is(method, path) ? instead.apply(request) : request,
				(request, answer) -> request.is(method, path) ? claim.apply(request, answer) : answer);
	}

	/**
	 * The object at a dotted path of a tree, to edit.
	 * @param tree the tree
	 * @param path e.g. {@code contact.fields.all}
	 * @return the object
	 */
	static ObjectNode object(JsonNode tree, String path) {
		JsonNode node = tree;
		for (String key : path.split("\\.")) {
			node = node.path(key);
		}
		return (ObjectNode) node;
	}

}
