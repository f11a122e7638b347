package org.mauticapi.sandbox.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON request bodies Mautic accepted (2xx) in the recordings, as the set of key
 * paths seen per route, so that tests can check that a generated body only uses keys a
 * real client sent.
 */
final class RecordedBodies {

	static final Path RECORDINGS = Path.of("../api-spec/src/test/resources/recordings/5.1.0");

	private final Map<String, Set<String>> keysByRoute;

	private RecordedBodies(Map<String, Set<String>> keysByRoute) {
		this.keysByRoute = keysByRoute;
	}

	static RecordedBodies load() {
		Map<String, Set<String>> keys = new HashMap<>();
		try (Stream<Path> files = Files.list(RECORDINGS)) {
			files.filter((file) -> file.toString().endsWith(".json")).sorted().forEach((file) -> {
				JsonNode exchange = JsonMapper.shared().readTree(file.toFile());
				JsonNode request = exchange.path("request");
				int status = exchange.path("response").path("status").asInt();
				if (status / 100 == 2 && "application/json".equals(request.path("contentType").asString(""))) {
					String path = request.path("path").asString();
					keys.computeIfAbsent(route(path), (route) -> new TreeSet<>())
						.addAll(keyPaths(path, request.path("body")));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RecordedBodies(keys);
	}

	Set<String> keys(String route) {
		return this.keysByRoute.getOrDefault(route, Set.of());
	}

	/**
	 * A concrete path's route: numeric segments become {@code {id}}, and the batch create
	 * counts as the single create, whose items it takes.
	 */
	static String route(String path) {
		String route = path.replaceAll("\\?.*", "").replaceAll("/\\d+(?=/|$)", "/{id}");
		return route.equals("/api/contacts/batch/new") ? "/api/contacts/new" : route;
	}

	/**
	 * Every key of the body, nested ones as {@code filters[].properties.filter}; batch
	 * items as single bodies.
	 */
	static Set<String> keyPaths(String path, JsonNode body) {
		Set<String> paths = new TreeSet<>();
		collect(body, "", paths);
		if (path.startsWith("/api/contacts/batch/")) {
			Set<String> items = new TreeSet<>();
			paths.stream().filter((key) -> key.startsWith("[].")).forEach((key) -> items.add(key.substring(3)));
			return items;
		}
		return paths;
	}

	private static void collect(JsonNode node, String prefix, Set<String> paths) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> {
				String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
				paths.add(key);
				collect(entry.getValue(), key, paths);
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> collect(element, prefix + "[]", paths));
		}
	}

}
