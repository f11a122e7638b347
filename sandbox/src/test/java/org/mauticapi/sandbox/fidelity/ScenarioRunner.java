package org.mauticapi.sandbox.fidelity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a scenario's steps against one target, in order: fills each request's
 * {@code {{name}}} placeholders from the values earlier answers of the same target gave,
 * and remembers the values a step names. A JSON string that is exactly one placeholder
 * takes the remembered value with its type (a number stays a number). Values are
 * remembered by JSON pointer, where {@code *} stands for the first member (lists keyed by
 * id).
 */
public final class ScenarioRunner {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_]+)}}");

	private final Target target;

	private final Map<String, JsonNode> values = new HashMap<>();

	/**
	 * A runner for one target.
	 * @param target where to send the steps
	 * @param run a token unique to this run, the value of {@code {{run}}} (keeps e-mail
	 * addresses apart)
	 */
	public ScenarioRunner(Target target, String run) {
		this.target = target;
		this.values.put("run", JsonNodeFactory.instance.stringNode(run));
	}

	/**
	 * Runs the steps of a scenario; values remembered by earlier scenarios stay known.
	 * @param scenario the scenario
	 * @return one exchange per step
	 */
	public List<Exchange> run(Scenario scenario) {
		List<Exchange> exchanges = new ArrayList<>();
		for (ScenarioStep step : scenario.steps()) {
			exchanges.add(run(step));
		}
		return exchanges;
	}

	/**
	 * Runs one step.
	 * @param step the step
	 * @return its exchange
	 */
	public Exchange run(ScenarioStep step) {
		if (step.isRebuild()) {
			this.target.segmentRebuild().run();
			return new Exchange(step, null, null);
		}
		Exchange.Request request = request(step);
		Exchange.Response response = this.target.send(request);
		step.save().forEach((name, pointer) -> {
			JsonNode value = at(response.body(), pointer);
			if (value.isValueNode() && !value.isNull()) {
				this.values.put(name, value);
			}
			else {
				this.values.remove(name);
			}
		});
		return new Exchange(step, request, response);
	}

	/**
	 * A JSON pointer where a {@code *} segment stands for the first member of an object
	 * or list.
	 */
	private static JsonNode at(JsonNode root, String pointer) {
		JsonNode node = root;
		for (String segment : pointer.substring(1).split("/")) {
			if (segment.equals("*")) {
				node = node.isContainer() && !node.isEmpty() ? node.values().iterator().next()
						: JsonNodeFactory.instance.missingNode();
			}
			else {
				node = node.at("/" + segment);
			}
		}
		return node;
	}

	private Exchange.Request request(ScenarioStep step) {
		String call = fill(step.call());
		String method = call.substring(0, call.indexOf(' '));
		String target = call.substring(call.indexOf(' ') + 1);
		String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
		List<List<String>> query = new ArrayList<>();
		if (target.contains("?")) {
			for (String pair : target.substring(target.indexOf('?') + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				query.add(List.of(decode(parts[0]), (parts.length > 1) ? decode(parts[1]) : ""));
			}
		}
		return new Exchange.Request(method, path, query, fill(step.body()), step.contentType(), step.auth());
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private @Nullable JsonNode fill(@Nullable JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			Matcher whole = PLACEHOLDER.matcher(node.asString());
			if (whole.matches()) {
				return this.values.getOrDefault(whole.group(1),
						JsonNodeFactory.instance.stringNode("unknown-" + whole.group(1)));
			}
			return JsonNodeFactory.instance.stringNode(fill(node.asString()));
		}
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			object.properties().forEach((entry) -> copy.set(fill(entry.getKey()), fill(entry.getValue())));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			array.forEach((item) -> copy.add(fill(item)));
			return copy;
		}
		return node;
	}

	private String fill(@Nullable String text) {
		Matcher matcher = PLACEHOLDER.matcher((text != null) ? text : "");
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			JsonNode value = this.values.get(matcher.group(1));
			matcher.appendReplacement(filled,
					Matcher.quoteReplacement((value != null) ? value.asString() : "unknown-" + matcher.group(1)));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

}
