package org.mauticapi.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared test data: the contract, the documented operation list and the recorded
 * real-Mautic exchanges.
 */
final class SpecFixtures {

	static final MauticApiContract CONTRACT = MauticApiContract.load();

	static final Path RECORDINGS = Path.of("src/test/resources/recordings/5.1.0");

	/**
	 * The held-out scenarios recorded from a real Mautic 5.1.0 by the sandbox's
	 * comparison tool: one file per scenario, each with its exchanges in order.
	 */
	static final Path SCENARIO_RECORDINGS = Path.of("src/test/resources/recordings/5.1.0-scenarios");

	private SpecFixtures() {
	}

	static String specText() {
		return classpathText(MauticApiContract.CLASSPATH_LOCATION);
	}

	static String classpathText(String location) {
		try (InputStream in = SpecFixtures.class.getClassLoader().getResourceAsStream(location)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of {@code documented-operations.tsv}: method and path template. */
	static List<DocumentedOperation> documentedOperations() {
		return classpathText("documented-operations.tsv").lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t"))
			.map((cells) -> new DocumentedOperation(cells[0], cells[1], cells[2]))
			.toList();
	}

	/** Every recorded exchange, in recording order. */
	static List<Recording> recordings() {
		try (Stream<Path> files = Files.list(RECORDINGS)) {
			return files.filter((file) -> file.toString().endsWith(".json"))
				.sorted()
				.map(SpecFixtures::readRecording)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every exchange of the recorded scenarios, named {@code file#step}, in recording
	 * order.
	 */
	static List<Recording> scenarioRecordings() {
		try (Stream<Path> files = Files.list(SCENARIO_RECORDINGS)) {
			List<Recording> recordings = new java.util.ArrayList<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
				JsonNode exchanges = JsonMapper.shared().readTree(Files.readString(file)).path("exchanges");
				for (int i = 0; i < exchanges.size(); i++) {
					JsonNode exchange = exchanges.get(i);
					if (exchange.has("operation")) {
						recordings.add(new Recording(file.getFileName() + "#" + i,
								exchange.path("operation").asString(), exchange));
					}
				}
			}
			return recordings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The contract operation a documented "METHOD /path/{x}" names, placeholders compared
	 * by position.
	 */
	static ContractOperation operationFor(String method, String template) {
		return CONTRACT.operations()
			.stream()
			.filter((operation) -> operation.method().equalsIgnoreCase(method)
					&& normalise(operation.pathTemplate()).equals(normalise(template)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The spec has no operation " + method + " " + template));
	}

	static String normalise(String template) {
		return template.replaceAll("\\{[^}]+}", "{}");
	}

	private static Recording readRecording(Path file) {
		try {
			JsonNode node = JsonMapper.shared().readTree(Files.readString(file));
			return new Recording(file.getFileName().toString(), node.path("operation").asString(), node);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record DocumentedOperation(String method, String path, String documentedAs) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	record Recording(String file, String operation, JsonNode exchange) {

		boolean isDocumentedOperation() {
			return !this.operation.equals("setup") && !this.operation.equals("other");
		}

		String method() {
			return this.operation.substring(0, this.operation.indexOf(' '));
		}

		String template() {
			return this.operation.substring(this.operation.indexOf(' ') + 1);
		}

		int status() {
			return this.exchange.path("response").path("status").asInt();
		}

		JsonNode body() {
			return this.exchange.path("response").path("body");
		}

		@Override
		public String toString() {
			return this.file;
		}

	}

}
