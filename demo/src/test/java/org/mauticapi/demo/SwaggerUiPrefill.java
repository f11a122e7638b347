package org.mauticapi.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The request Swagger UI's "Try it out" sends with the values it fills in, as its
 * parameter rows and request body editor pick them (swagger-ui 5,
 * {@code parameter-row.jsx}): a parameter's {@code examples} (the first), else its
 * {@code example}, else its schema's {@code example}, else its schema's {@code default};
 * a list of values becomes one query parameter per value (form style), an empty list
 * none; the body is the first example of its JSON content.
 *
 * @param method the HTTP method, upper case
 * @param uri the path with its query string, under {@code /api}
 * @param body the JSON body, or null
 */
record SwaggerUiPrefill(String method, String uri, @Nullable String body) {

	static SwaggerUiPrefill of(JsonNode spec, String path, String method, JsonNode operation) {
		String uri = path;
		List<String> query = new ArrayList<>();
		List<JsonNode> parameters = new ArrayList<>();
		spec.path("paths").path(path).path("parameters").forEach(parameters::add);
		operation.path("parameters").forEach(parameters::add);
		for (JsonNode reference : parameters) {
			JsonNode parameter = resolve(spec, reference);
			JsonNode value = prefilled(parameter);
			if (value == null) {
				continue;
			}
			String name = parameter.path("name").asString();
			if ("path".equals(parameter.path("in").asString())) {
				uri = uri.replace("{" + name + "}", value.asString());
			}
			else if (value.isArray()) {
				value.forEach((item) -> query.add(encode(name) + "=" + encode(item.asString())));
			}
			else {
				query.add(encode(name) + "=" + encode(value.asString()));
			}
		}
		return new SwaggerUiPrefill(method.toUpperCase(),
				"/api" + uri + (query.isEmpty() ? "" : "?" + String.join("&", query)), body(spec, operation));
	}

	private static @Nullable JsonNode prefilled(JsonNode parameter) {
		JsonNode examples = parameter.path("examples");
		if (!examples.isEmpty()) {
			return examples.values().iterator().next().get("value");
		}
		for (JsonNode candidate : new JsonNode[] { parameter.get("example"), parameter.path("schema").get("example"),
				parameter.path("schema").get("default") }) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

	private static @Nullable String body(JsonNode spec, JsonNode operation) {
		JsonNode content = resolve(spec, operation.path("requestBody")).path("content").path("application/json");
		if (content.isMissingNode()) {
			return null;
		}
		JsonNode examples = content.path("examples");
		JsonNode example = examples.isEmpty() ? content.get("example")
				: resolve(spec, examples.values().iterator().next()).get("value");
		return (example != null) ? example.toString() : null;
	}

	private static JsonNode resolve(JsonNode spec, JsonNode node) {
		return node.has("$ref") ? spec.at(node.get("$ref").asString().substring(1)) : node;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]");
	}

}
