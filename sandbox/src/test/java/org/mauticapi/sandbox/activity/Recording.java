package org.mauticapi.sandbox.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One recorded exchange with Mautic 5.1.0 (see the recordings' INDEX).
 */
record Recording(int number, String name, JsonNode json) {

	static final Path DIRECTORY = Path.of("../api-spec/src/test/resources/recordings/5.1.0");

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static List<Recording> all() {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.filter((file) -> file.getFileName().toString().matches("\\d{3}-.*\\.json"))
				.sorted()
				.map(Recording::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Recording read(Path file) {
		String name = file.getFileName().toString().replace(".json", "");
		return new Recording(Integer.parseInt(name.substring(0, 3)), name, MAPPER.readTree(file.toFile()));
	}

	String operation() {
		return this.json.path("operation").asString();
	}

	String method() {
		return this.json.path("request").path("method").asString();
	}

	String path() {
		return this.json.path("request").path("path").asString();
	}

	JsonNode requestBody() {
		return this.json.path("request").path("body");
	}

	/** The query as the raw, ordered parameter map a controller receives. */
	Map<String, List<String>> query() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		this.json.path("request")
			.path("query")
			.forEach((pair) -> query.computeIfAbsent(pair.get(0).asString(), (name) -> new ArrayList<>())
				.add(pair.get(1).asString()));
		return query;
	}

	int status() {
		return this.json.path("response").path("status").asInt();
	}

	JsonNode responseBody() {
		return this.json.path("response").path("body");
	}

	boolean isActivity() {
		return operation().equals("GET /contacts/{id}/activity") || operation().equals("GET /contacts/activity");
	}

	@Override
	public String toString() {
		return this.name;
	}

}
