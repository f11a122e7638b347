package org.mauticapi.sandbox.search;

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
 * One recorded exchange of a list operation: the request's query and what Mautic answered
 * (status, total, ids in order).
 *
 * @param number the file's number (execution order)
 * @param file the file name
 * @param query the raw query parameters
 * @param status the answer's status
 * @param total the answer's total, {@code -1} for an error
 * @param ids the listed ids, in order
 */
record Recording(int number, String file, Map<String, List<String>> query, int status, long total, List<Long> ids) {

	static final Path DIRECTORY = Path.of("../api-spec/src/test/resources/recordings/5.1.0");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Recording> of(String operation, String listKey) {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			return files.filter((path) -> path.getFileName().toString().matches("\\d{3}-.*\\.json"))
				.sorted()
				.map((path) -> read(path, listKey))
				.filter((recording) -> recording.operation.equals(operation))
				.map(Read::recording)
				.filter((recording) -> recording.status() != 401)
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return this.file;
	}

	private static Read read(Path path, String listKey) {
		JsonNode root;
		try {
			root = JSON.readTree(Files.readString(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String file = path.getFileName().toString();
		Map<String, List<String>> query = new LinkedHashMap<>();
		root.get("request")
			.get("query")
			.values()
			.forEach((pair) -> query.computeIfAbsent(pair.get(0).asString(), (name) -> new ArrayList<>())
				.add(pair.get(1).asString()));
		JsonNode response = root.get("response");
		JsonNode body = response.get("body");
		long total = (body.has("total")) ? Long.parseLong(body.get("total").asString()) : -1;
		List<Long> ids = new ArrayList<>();
		JsonNode list = body.get(listKey);
		if (list != null && list.isObject()) {
			list.propertyNames().forEach((id) -> ids.add(Long.parseLong(id)));
		}
		return new Read(root.get("operation").asString(), new Recording(Integer.parseInt(file.substring(0, 3)), file,
				query, response.get("status").asInt(), total, ids));
	}

	private record Read(String operation, Recording recording) {
	}

}
