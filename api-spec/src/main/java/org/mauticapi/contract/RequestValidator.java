package org.mauticapi.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a request's path parameters, query parameters and body against what an operation declares. Values from
 * a URL or a form are text, read as their declared types first ({@code "30"} is an integer); a JSON body is
 * validated as it is. Formats ({@code email}, {@code date-time}) are asserted.
 */
final class RequestValidator {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final MauticApiContract contract;

	private final Function<String, Schema> schemaAt;

	private final TextValues textValues;

	RequestValidator(MauticApiContract contract, Function<String, Schema> schemaAt) {
		this.contract = contract;
		this.schemaAt = schemaAt;
		this.textValues = new TextValues(contract);
	}

	List<RequestViolation> validate(ContractOperation operation, ContractRequest request) {
		List<RequestViolation> violations = new ArrayList<>();
		Map<String, DeclaredParameter> declared = declaredParameters(operation);
		validatePath(operation, request.path(), declared, violations);
		validateQuery(request.query(), declared, violations);
		validateBody(operation, request, violations);
		return violations;
	}

	private void validatePath(ContractOperation operation, String path, Map<String, DeclaredParameter> declared,
			List<RequestViolation> violations) {
		String[] template = operation.pathTemplate().split("/");
		String[] actual = ContractOperation.withoutApiPrefix(path).split("/");
		for (int i = 0; i < template.length && i < actual.length; i++) {
			if (template[i].startsWith("{")) {
				DeclaredParameter parameter = declared.get("path:" + template[i].substring(1, template[i].length() - 1));
				if (parameter != null) {
					check(parameter, JSON.stringNode(actual[i]), violations);
				}
			}
		}
	}

	private void validateQuery(Map<String, List<String>> query, Map<String, DeclaredParameter> declared,
			List<RequestViolation> violations) {
		Map<String, Map<String, List<String>>> structured = new LinkedHashMap<>();
		query.forEach((name, values) -> {
			DeclaredParameter exact = declared.get("query:" + name);
			DeclaredParameter php = declared.get("query:" + PhpParameters.baseName(name));
			if (exact != null) {
				check(exact, exact.isArray() ? strings(values) : JSON.stringNode(values.get(values.size() - 1)),
						violations);
			}
			else if (php != null && (php.isPhpArray() || php.hasPhpArrayForm())) {
				structured.computeIfAbsent(php.name(), (key) -> new LinkedHashMap<>()).put(name, values);
			}
			else {
				violations.add(new RequestViolation(name, "is not a parameter of this operation"));
			}
		});
		structured.forEach((name, raw) -> check(declared.get("query:" + name).phpArrayForm(),
				PhpParameters.parse(raw).get(name), violations));
		declared.values()
			.stream()
			.filter((parameter) -> parameter.in().equals("query") && parameter.required())
			.filter((parameter) -> query.keySet().stream().noneMatch((name) -> PhpParameters.baseName(name).equals(parameter.name())))
			.forEach((parameter) -> violations.add(new RequestViolation(parameter.name(), "is required")));
	}

	private void validateBody(ContractOperation operation, ContractRequest request, List<RequestViolation> violations) {
		JsonNode requestBody = operation.node().path("requestBody");
		if (requestBody.isMissingNode()) {
			return;
		}
		requestBody = this.contract.resolve(requestBody);
		if (request.body() == null || request.body().isMissingNode()) {
			if (requestBody.path("required").asBoolean(false)) {
				violations.add(new RequestViolation("body", "is required"));
			}
			return;
		}
		String mediaType = request.formBody() ? "application/x-www-form-urlencoded" : "application/json";
		if (!requestBody.path("content").has(mediaType)) {
			violations.add(new RequestViolation("body", "must not be sent as " + mediaType));
			return;
		}
		String pointer = bodyPointer(operation, mediaType);
		JsonNode body = request.formBody() ? this.textValues.typed(request.body(), this.contract.document().at(pointer))
				: request.body();
		this.schemaAt.apply(pointer)
			.validate(body)
			.forEach((error) -> violations.add(violation("", body.isArray(), error)));
	}

	private String bodyPointer(ContractOperation operation, String mediaType) {
		JsonNode reference = operation.node().path("requestBody").path("$ref");
		String base = reference.isString() ? reference.asString().substring(1) : operation.pointer() + "/requestBody";
		return base + "/content/" + mediaType.replace("/", "~1") + "/schema";
	}

	private void check(DeclaredParameter parameter, JsonNode value, List<RequestViolation> violations) {
		JsonNode typed = this.textValues.typed(value, this.contract.document().at(parameter.schemaPointer()));
		this.schemaAt.apply(parameter.schemaPointer())
			.validate(typed)
			.forEach((error) -> violations.add(violation(parameter.name(), false, error)));
	}

	private static RequestViolation violation(String base, boolean arrayBody, Error error) {
		List<String> path = new ArrayList<>();
		for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
			path.add(String.valueOf(error.getInstanceLocation().getElement(i)));
		}
		if (error.getProperty() != null) {
			path.add(error.getProperty());
		}
		String name;
		if (!base.isEmpty()) {
			name = PhpParameters.phpName(PhpParameters.baseName(base), path);
		}
		else if (path.isEmpty()) {
			name = "body";
		}
		else {
			name = arrayBody ? PhpParameters.phpName("", path) : PhpParameters.phpName(path.get(0), path.subList(1, path.size()));
		}
		return new RequestViolation(name, message(error));
	}

	private static String message(Error error) {
		return switch (String.valueOf(error.getKeyword())) {
			case "required" -> "is required";
			case "additionalProperties" -> "is not allowed here";
			// networknt prefixes its messages with the instance location, which the parameter name already says.
			default -> {
				String message = error.getMessage();
				int colon = message.indexOf(": ");
				yield (message.startsWith("$") && colon > 0) ? message.substring(colon + 2) : message;
			}
		};
	}

	private static ArrayNode strings(List<String> values) {
		ArrayNode array = JSON.arrayNode();
		values.forEach(array::add);
		return array;
	}

	private Map<String, DeclaredParameter> declaredParameters(ContractOperation operation) {
		Map<String, DeclaredParameter> declared = new LinkedHashMap<>();
		String pathItem = operation.pointer().substring(0, operation.pointer().lastIndexOf('/'));
		collect(pathItem + "/parameters", declared);
		collect(operation.pointer() + "/parameters", declared);
		return declared;
	}

	private void collect(String pointer, Map<String, DeclaredParameter> declared) {
		JsonNode parameters = this.contract.document().at(pointer);
		for (int i = 0; i < parameters.size(); i++) {
			JsonNode reference = parameters.get(i).path("$ref");
			String parameterPointer = reference.isString() ? reference.asString().substring(1) : pointer + "/" + i;
			JsonNode parameter = this.contract.document().at(parameterPointer);
			declared.put(parameter.path("in").asString() + ":" + parameter.path("name").asString(),
					new DeclaredParameter(parameter, parameterPointer + "/schema"));
		}
	}

	/** A parameter as the operation declares it, with where its schema is. */
	private record DeclaredParameter(JsonNode node, String schemaPointer) {

		private static final String PHP_ARRAY_SCHEMA = "x-mautic-php-array-schema";

		String name() {
			return this.node.path("name").asString();
		}

		String in() {
			return this.node.path("in").asString();
		}

		boolean required() {
			return this.node.path("required").asBoolean(false);
		}

		boolean isArray() {
			return "array".equals(this.node.path("schema").path("type").asString(""));
		}

		/**
		 * Whether a scalar parameter may also be sent as a PHP array ({@code ids[]=1&ids[]=2} besides {@code ids=1,2}),
		 * with the schema under {@code x-mautic-php-array-schema}.
		 */
		boolean hasPhpArrayForm() {
			return this.node.has(PHP_ARRAY_SCHEMA);
		}

		DeclaredParameter phpArrayForm() {
			return hasPhpArrayForm() ? new DeclaredParameter(this.node, this.schemaPointer.substring(0,
					this.schemaPointer.lastIndexOf('/')) + "/" + PHP_ARRAY_SCHEMA) : this;
		}

		boolean isPhpArray() {
			return "deepObject".equals(this.node.path("style").asString(""))
					|| "php-array".equals(this.node.path("x-mautic-serialization").asString(""));
		}

	}

}
