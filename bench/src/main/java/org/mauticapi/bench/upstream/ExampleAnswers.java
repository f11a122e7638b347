package org.mauticapi.bench.upstream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;

/**
 * The documented success answer of every operation of the contract, serialised once, and
 * which operation a request path is an instance of.
 */
public final class ExampleAnswers {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/}]+}");

	// Concrete paths repeat (a benchmark asks for the same few), so each is matched
	// against the templates once.
	private static final int MAX_CACHED_PATHS = 10_000;

	private final List<Route> routes;

	private final Map<String, JsonNode> examples;

	private final Map<String, Optional<Route>> routeByPath = new ConcurrentHashMap<>();

	private ExampleAnswers(List<Route> routes, Map<String, JsonNode> examples) {
		this.routes = routes;
		this.examples = examples;
	}

	/**
	 * Reads every operation's example from the contract.
	 * @param contract the contract
	 * @return the answers
	 */
	public static ExampleAnswers of(MauticApiContract contract) {
		List<Route> routes = new ArrayList<>();
		Map<String, JsonNode> examples = new ConcurrentHashMap<>();
		for (ContractOperation operation : contract.operations()) {
			Example example = successExample(contract, operation);
			examples.put(operation.operationId(), example.body());
			routes.add(new Route(operation.method(), pattern(operation.pathTemplate()),
					PLACEHOLDER.matcher(operation.pathTemplate()).replaceAll("").length(), operation.operationId(),
					operation.pathTemplate(), example.status(), JsonMapper.shared().writeValueAsBytes(example.body())));
		}
		routes.sort(Comparator.comparingInt(Route::specificity).reversed());
		return new ExampleAnswers(List.copyOf(routes), Map.copyOf(examples));
	}

	/**
	 * Every operation, the most specific path template first.
	 * @return the routes
	 */
	public List<Route> routes() {
		return this.routes;
	}

	/**
	 * The operation a request is an instance of.
	 * @param method the request method
	 * @param path the request path from {@code /api} on, without query
	 * @return the route, if the contract has the operation
	 */
	public Optional<Route> route(String method, String path) {
		String key = method + " " + path;
		Optional<Route> cached = this.routeByPath.get(key);
		if (cached != null) {
			return cached;
		}
		Optional<Route> found = this.routes.stream()
			.filter((route) -> route.method().equals(method) && route.pattern().matcher(path).matches())
			.findFirst();
		if (this.routeByPath.size() < MAX_CACHED_PATHS) {
			this.routeByPath.put(key, found);
		}
		return found;
	}

	/**
	 * The example body of an operation, as a tree to build other answers from.
	 * @param operationId the operation
	 * @return the example
	 */
	public JsonNode example(String operationId) {
		JsonNode example = this.examples.get(operationId);
		if (example == null) {
			throw new IllegalArgumentException("No operation " + operationId);
		}
		return example;
	}

	// The lowest 2xx status the operation declares, and the first example of its JSON
	// body.
	private static Example successExample(MauticApiContract contract, ContractOperation operation) {
		for (String status : operation.declaredStatuses()) {
			if (!status.startsWith("2")) {
				continue;
			}
			JsonNode response = contract.resolve(operation.node().path("responses").path(status));
			JsonNode content = response.path("content").path("application/json");
			if (content.has("example")) {
				return new Example(Integer.parseInt(status), content.get("example"));
			}
			for (JsonNode example : content.path("examples")) {
				return new Example(Integer.parseInt(status), contract.resolve(example).path("value"));
			}
		}
		throw new IllegalStateException("No example of a success answer for " + operation);
	}

	private static Pattern pattern(String pathTemplate) {
		Matcher placeholders = PLACEHOLDER.matcher(pathTemplate);
		StringBuilder regex = new StringBuilder(Pattern.quote("/api"));
		int last = 0;
		while (placeholders.find()) {
			regex.append(Pattern.quote(pathTemplate.substring(last, placeholders.start()))).append("[^/]+");
			last = placeholders.end();
		}
		regex.append(Pattern.quote(pathTemplate.substring(last)));
		return Pattern.compile(regex.toString());
	}

	private record Example(int status, JsonNode body) {
	}

	/**
	 * One operation and its prepared answer.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern, {@code /api} included
	 * @param specificity the literal characters of the path template
	 * @param operationId the operation
	 * @param pathTemplate the spec's path template
	 * @param status the documented success status
	 * @param body the documented example, serialised
	 */
	public record Route(String method, Pattern pattern, int specificity, String operationId, String pathTemplate,
			int status, byte[] body) {

	}

}
