package org.mauticapi.gateway.docs;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The spec as this gateway serves it at {@code /openapi.yaml}: Mautic's contract, with
 * the gateway as the first server, the answers the gateway gives itself declared on every
 * operation, and, in service mode, the gateway's API key as the way to authenticate.
 * Swagger UI then documents every status a caller can get here.
 */
final class GatewaySpec {

	private static final String ERRORS = "#/components/schemas/MauticErrors";

	/**
	 * The statuses the gateway answers itself, each in Mautic's error envelope: which
	 * operations can get it and why.
	 */
	static final List<GatewayAnswer> ANSWERS = List.of(new GatewayAnswer(400, false, "GatewayBadRequest",
			"The gateway refused the request before Mautic saw it: a parameter or body the contract does not allow"
					+ " (each named in `details`), a malformed JSON body, or an upstream header naming no"
					+ " configured upstream."),
			new GatewayAnswer(413, true, "GatewayBodyTooLarge",
					"The request body is larger than the gateway accepts (`mautic.max-body-size`)."),
			new GatewayAnswer(415, true, "GatewayUnsupportedContentType",
					"The request body has a content type Mautic does not read (JSON and form bodies are read)."),
			new GatewayAnswer(500, false, "GatewayError",
					"A fault of the gateway itself; the message names the request id to look for in its log."),
			new GatewayAnswer(502, false, "GatewayBadUpstream",
					"Mautic could not be reached, answered something that is not its JSON (an HTML error page), the"
							+ " circuit breaker is open after repeated failures, or the gateway could not get an access"
							+ " token for Mautic."),
			new GatewayAnswer(503, false, "GatewayOverloaded", "Too many calls to Mautic are waiting already."),
			new GatewayAnswer(504, false, "GatewayTimeout", "Mautic did not answer in time."));

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	private GatewaySpec() {
	}

	/**
	 * The served spec.
	 * @param packaged the spec as packaged (YAML)
	 * @param serviceMode whether callers authenticate to the gateway with an API key
	 * @return the spec to serve (YAML)
	 */
	static String of(String packaged, boolean serviceMode) {
		ObjectNode spec = (ObjectNode) YAMLMapper.shared().readTree(packaged);
		servers(spec);
		ObjectNode responses = ((ObjectNode) spec.get("components")).withObject("responses");
		ANSWERS.forEach((answer) -> responses.set(answer.component(), answer.response()));
		spec.get("paths").forEach((path) -> path.properties().forEach((entry) -> {
			if (METHODS.contains(entry.getKey())) {
				declareAnswers((ObjectNode) entry.getValue());
			}
		}));
		if (serviceMode) {
			apiKey(spec);
		}
		return YAMLMapper.builder()
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			.build()
			.writeValueAsString(spec);
	}

	/**
	 * The names of the query parameters that Mautic reads as PHP arrays of clauses
	 * ({@code where}, {@code order}).
	 * @param packaged the spec as packaged (YAML)
	 * @return the parameter names
	 */
	static Set<String> phpArrayParameters(String packaged) {
		Set<String> names = new TreeSet<>();
		YAMLMapper.shared().readTree(packaged).path("components").path("parameters").forEach((parameter) -> {
			if ("php-array".equals(parameter.path("x-mautic-serialization").asString(""))) {
				names.add(parameter.path("name").asString());
			}
		});
		return names;
	}

	/**
	 * The statuses an operation of the served spec can answer with, for tests.
	 * @param served the served spec
	 * @param path the path template, e.g. {@code /contacts/{id}}
	 * @param method the HTTP method, lower case
	 * @return the declared statuses
	 */
	static Set<String> declaredStatuses(String served, String path, String method) {
		Set<String> statuses = new TreeSet<>();
		YAMLMapper.shared()
			.readTree(served)
			.path("paths")
			.path(path)
			.path(method)
			.path("responses")
			.propertyNames()
			.forEach(statuses::add);
		return statuses;
	}

	// The packaged spec names Mautic's own server ({baseUrl}/api); served here, the
	// gateway comes first.
	private static void servers(ObjectNode spec) {
		ArrayNode servers = JsonNodeFactory.instance.arrayNode();
		servers.addObject().put("url", "/api").put("description", "This gateway, in front of its Mautic upstream.");
		spec.path("servers").forEach(servers::add);
		spec.set("servers", servers);
	}

	// Mautic may give a status too (its own 400 or 500): then its description says that
	// the gateway does as well.
	private static void declareAnswers(ObjectNode operation) {
		ObjectNode responses = operation.withObject("responses");
		boolean body = operation.has("requestBody");
		for (GatewayAnswer answer : ANSWERS) {
			if (answer.bodyOnly() && !body) {
				continue;
			}
			String status = String.valueOf(answer.status());
			JsonNode declared = responses.get(status);
			if (declared == null) {
				responses.putObject(status).put("$ref", "#/components/responses/" + answer.component());
			}
			else if (!declared.has("$ref")) {
				((ObjectNode) declared).put("description",
						declared.path("description").asString() + " From the gateway: " + answer.description());
			}
			else {
				ObjectNode both = JsonNodeFactory.instance.objectNode();
				both.put("description", "Mautic's answer, or the gateway's: " + answer.description());
				both.putObject("content").putObject("application/json").putObject("schema").put("$ref", ERRORS);
				responses.set(status, both);
			}
		}
	}

	// In service mode the gateway holds Mautic's credentials and callers present one of
	// the gateway's API keys.
	private static void apiKey(ObjectNode spec) {
		ObjectNode schemes = ((ObjectNode) spec.get("components")).withObject("securitySchemes");
		schemes.putObject("gatewayApiKey")
			.put("type", "apiKey")
			.put("in", "header")
			.put("name", "X-Api-Key")
			.put("description", "One of the gateway's API keys (`mautic.api-keys`): the gateway calls Mautic with its"
					+ " own credentials. A missing or unknown key is answered 401 without calling Mautic.");
		ArrayNode security = JsonNodeFactory.instance.arrayNode();
		security.addObject().putArray("gatewayApiKey");
		spec.set("security", security);
		ObjectNode unauthorized = (ObjectNode) spec.path("components").path("responses").path("Unauthorized");
		unauthorized.put("description", "No `X-Api-Key`, or one the gateway does not know (answered by the gateway).");
		spec.get("paths").forEach((path) -> path.properties().forEach((entry) -> {
			if (entry.getValue() instanceof ObjectNode operation && operation.has("security")) {
				operation.set("security", security);
			}
		}));
	}

	/**
	 * One status the gateway answers itself.
	 *
	 * @param status the HTTP status
	 * @param bodyOnly whether only operations with a request body can get it
	 * @param component the name of its response in {@code components.responses}
	 * @param description why the gateway answers it
	 */
	record GatewayAnswer(int status, boolean bodyOnly, String component, String description) {

		JsonNode response() {
			ObjectNode response = JsonNodeFactory.instance.objectNode();
			response.put("description", "From the gateway: " + this.description);
			response.putObject("content").putObject("application/json").putObject("schema").put("$ref", ERRORS);
			return response;
		}

	}

}
