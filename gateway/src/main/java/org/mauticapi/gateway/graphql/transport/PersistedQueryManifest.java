package org.mauticapi.gateway.graphql.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import org.mauticapi.gateway.config.GatewayConfigurationException;

/**
 * The known operations of a persisted query manifest in Apollo's format (what
 * {@code generate-persisted-query-manifest} and GraphQL Code Generator's persisted
 * documents write), by the SHA-256 of their text. Each id is checked against its body at
 * start-up, so that a stale manifest fails the start instead of running another query
 * than its name says.
 */
final class PersistedQueryManifest {

	private static final String PROPERTY = "mautic.graphql.persisted-queries.manifest";

	private PersistedQueryManifest() {
	}

	/**
	 * Reads a manifest.
	 * @param location a file path or a {@code classpath:} location
	 * @return the operations' bodies by id
	 */
	static Map<String, String> read(String location) {
		Resource resource = new DefaultResourceLoader()
			.getResource(location.contains(":") ? location : "file:" + location);
		JsonNode manifest;
		try (InputStream in = resource.getInputStream()) {
			manifest = JsonMapper.shared().readTree(in);
		}
		catch (IOException | JacksonException ex) {
			throw new GatewayConfigurationException(PROPERTY, "cannot read " + location + ": " + ex.getMessage());
		}
		if (!manifest.path("operations").isArray()) {
			throw new GatewayConfigurationException(PROPERTY, location + " has no `operations` list; expected "
					+ "{\"format\":\"apollo-persisted-query-manifest\",\"version\":1,\"operations\":[{\"id\",\"body\"}]}");
		}
		Map<String, String> operations = new LinkedHashMap<>();
		for (JsonNode operation : List.copyOf(manifest.get("operations").valueStream().toList())) {
			String id = operation.path("id").asString("");
			String body = operation.path("body").asString("");
			if (!id.equals(Sha256.hex(body))) {
				throw new GatewayConfigurationException(PROPERTY,
						location + ": operation " + operation.path("name").asString(id) + " has the id " + id
								+ ", which is not the SHA-256 of its body");
			}
			operations.put(id, body);
		}
		return Map.copyOf(operations);
	}

}
