package org.mauticapi.sandbox.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.MauticApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario as a real Mautic answered it: each step as written, the request as sent and
 * Mautic's answer, with the documented operation it is an instance of ({@code setup} for
 * the other routes). One file per scenario, named so that the files sort in the order
 * they were recorded; the request side has the shape of the other recordings.
 *
 * @param scenario the scenario
 * @param run the run's {@code {{run}}} token, which names the recorded aliases and
 * addresses
 * @param exchanges Mautic's exchanges, one per step
 */
public record RecordedScenario(Scenario scenario, String run, List<Exchange> exchanges) {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * Reads every recorded scenario of a folder, in recording order.
	 * @param folder the folder
	 * @return the scenarios
	 */
	public static List<RecordedScenario> readAll(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			List<RecordedScenario> scenarios = new ArrayList<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
				scenarios.add(read(JsonMapper.shared().readTree(Files.readString(file))));
			}
			return scenarios;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes this recording into a folder.
	 * @param folder the folder
	 * @param position its position in the recording order
	 * @param contract the contract that names the operations
	 */
	public void write(Path folder, int position, MauticApiContract contract) {
		ObjectNode json = JSON.objectNode()
			.put("scenario", this.scenario.name())
			.put("recordedFrom", "Mautic 5.1.0")
			.put("run", this.run);
		var list = json.putArray("exchanges");
		for (Exchange exchange : this.exchanges) {
			ObjectNode item = list.addObject();
			item.set("step", exchange.step().source());
			if (exchange.request() != null && exchange.response() != null) {
				item.put("operation", operation(contract, exchange.request()));
				item.set("request", request(exchange.request()));
				ObjectNode response = item.putObject("response")
					.put("status", exchange.response().status())
					.put("contentType", exchange.response().contentType());
				response.set("body", exchange.response().body());
			}
		}
		String file = "%03d-%s.json".formatted(position, this.scenario.name().replace('/', '-'));
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(file), PRETTY.writeValueAsString(json) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String operation(MauticApiContract contract, Exchange.Request request) {
		return OperationLabels.documented(contract, request.method(), request.path()).orElse("setup");
	}

	private static ObjectNode request(Exchange.Request request) {
		ObjectNode json = JSON.objectNode().put("method", request.method()).put("path", request.path());
		var query = json.putArray("query");
		request.query().forEach((pair) -> query.addArray().add(pair.get(0)).add(pair.get(1)));
		json.set("body", (request.body() != null) ? request.body() : JSON.nullNode());
		json.put("contentType", request.contentType());
		json.put("auth", request.auth());
		return json;
	}

	private static RecordedScenario read(JsonNode json) {
		List<ScenarioStep> steps = new ArrayList<>();
		List<Exchange> exchanges = new ArrayList<>();
		for (JsonNode item : json.path("exchanges")) {
			ScenarioStep step = ScenarioStep.of(item.path("step"));
			steps.add(step);
			exchanges.add(new Exchange(step, requestOf(item.path("request")), responseOf(item.path("response"))));
		}
		return new RecordedScenario(new Scenario(json.path("scenario").asString(), steps),
				json.path("run").asString(""), exchanges);
	}

	private static Exchange.@Nullable Request requestOf(JsonNode request) {
		if (request.isMissingNode()) {
			return null;
		}
		List<List<String>> query = new ArrayList<>();
		request.path("query").forEach((pair) -> query.add(List.of(pair.get(0).asString(), pair.get(1).asString())));
		JsonNode body = request.path("body");
		return new Exchange.Request(request.path("method").asString(), request.path("path").asString(), query,
				(body.isNull() || body.isMissingNode()) ? null : body, request.path("contentType").asString(null),
				request.path("auth").asString("basic"));
	}

	private static Exchange.@Nullable Response responseOf(JsonNode response) {
		if (response.isMissingNode()) {
			return null;
		}
		return new Exchange.Response(response.path("status").asInt(), response.path("contentType").asString(""),
				response.path("body"));
	}

}
