package org.mauticapi.sandbox.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario in the create, act, read, clean up style: steps sent in order to one Mautic,
 * each step's request written with {@code {{name}}} placeholders that earlier answers of
 * the same Mautic fill in.
 *
 * @param name the scenario's name, unique over all files ({@code file/name})
 * @param steps its steps
 */
public record Scenario(String name, List<ScenarioStep> steps) {

	/**
	 * Every scenario of the {@code *.json} files of a folder, files in the order of their
	 * leading numbers (then of their names), scenarios in file order.
	 * @param folder the folder
	 * @return the scenarios
	 */
	public static List<Scenario> loadAll(Path folder) {
		List<Scenario> scenarios = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".json"))
				.sorted(Comparator.comparingInt(Scenario::leadingNumber).thenComparing(Path::getFileName))
				.toList()) {
				String prefix = file.getFileName().toString().replaceFirst("\\.json$", "");
				for (JsonNode scenario : JsonMapper.shared().readTree(Files.readString(file))) {
					List<ScenarioStep> steps = new ArrayList<>();
					scenario.path("steps").forEach((step) -> steps.add(ScenarioStep.of(step)));
					scenarios.add(new Scenario(prefix + "/" + scenario.path("name").asString(), steps));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return scenarios;
	}

	private static int leadingNumber(Path file) {
		String digits = file.getFileName().toString().replaceFirst("^(\\d*).*$", "$1");
		return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

}
