package org.mauticapi.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpJson;

/**
 * Checks a request's path parameters, query variables and body against what its operation
 * declares. Values from a URL or a form are text, read as their declared types first
 * ({@code "30"} is an integer); a JSON body is validated as it is. What an operation
 * declares is compiled once, on its first request.
 */
final class RequestValidator {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final MauticApiContract contract;

	private final Function<String, Schema> schemaAt;

	private final TextValues textValues;

	private final Map<String, OperationRules> rules = new ConcurrentHashMap<>();

	// Resolved once per pointer: resolving a pointer and locating its schema in the
	// registry on every value was
	// about half of the check's cost on a gateway's hot path (a profile of GET
	// /api/contacts/{id}).
	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> declared = new ConcurrentHashMap<>();

	RequestValidator(MauticApiContract contract, Function<String, Schema> schemaAt) {
		this.contract = contract;
		this.schemaAt = (pointer) -> this.schemas.computeIfAbsent(pointer, schemaAt);
		this.textValues = new TextValues(contract);
	}

	List<RequestViolation> validate(ContractRequest request) {
		OperationRules rules = this.rules.computeIfAbsent(request.operation().operationId(),
				(id) -> new OperationRules(request.operation()));
		List<RequestViolation> violations = new ArrayList<>();
		rules.checkPath(request.route().pathParameters(), violations);
		rules.checkQuery(request.query(), violations);
		rules.checkBody(request, violations);
		return violations;
	}

	List<RequestViolation> validateGuarded(PhpArray query) {
		String pointer = "/components/schemas/GuardedListParameters";
		JsonNode guarded = this.contract.document().at(pointer + "/properties");
		ObjectNode values = JSON.objectNode();
		query.entries().forEach((key, value) -> {
			if (guarded.has(String.valueOf(key))) {
				values.set(String.valueOf(key), PhpJson.toJson(value));
			}
		});
		List<RequestViolation> violations = new ArrayList<>();
		if (!values.isEmpty()) {
			JsonNode typed = this.textValues.typed(values, this.contract.document().at(pointer));
			this.schemaAt.apply(pointer)
				.validate(typed)
				.forEach((error) -> violations.add(violation("", false, error)));
		}
		return violations;
	}

	/**
	 * What one operation declares, compiled: its parameters by where they sit, its body's
	 * schema.
	 */
	private final class OperationRules {

		private final ContractOperation operation;

		private final Map<String, DeclaredParameter> pathParameters = new LinkedHashMap<>();

		// The query's top-level names: a parameter, or (for names such as
		// filters[search]) a branch of further keys.
		private final Branch query = new Branch();

		private final List<DeclaredParameter> requiredQuery = new ArrayList<>();

		private final JsonNode requestBody;

		OperationRules(ContractOperation operation) {
			this.operation = operation;
			String pathItem = operation.pointer().substring(0, operation.pointer().lastIndexOf('/'));
			collect(pathItem + "/parameters");
			collect(operation.pointer() + "/parameters");
			JsonNode declared = operation.node().path("requestBody");
			this.requestBody = declared.isMissingNode() ? declared : RequestValidator.this.contract.resolve(declared);
		}

		private void collect(String pointer) {
			JsonNode parameters = RequestValidator.this.contract.document().at(pointer);
			for (int i = 0; i < parameters.size(); i++) {
				JsonNode reference = parameters.get(i).path("$ref");
				String parameterPointer = reference.isString() ? reference.asString().substring(1) : pointer + "/" + i;
				DeclaredParameter parameter = new DeclaredParameter(
						RequestValidator.this.contract.document().at(parameterPointer), parameterPointer + "/schema");
				if (parameter.in().equals("path")) {
					this.pathParameters.put(parameter.name(), parameter);
				}
				else if (parameter.in().equals("query")) {
					this.query.add(DeclaredName.parse(parameter.name()), parameter);
					if (parameter.required()) {
						this.requiredQuery.add(parameter);
					}
				}
			}
		}

		void checkPath(Map<String, String> values, List<RequestViolation> violations) {
			values.forEach((name, value) -> {
				DeclaredParameter parameter = this.pathParameters.get(name);
				if (parameter != null) {
					checkValue(parameter.schemaPointer(), name, JSON.stringNode(value), violations);
				}
			});
		}

		void checkQuery(PhpArray query, List<RequestViolation> violations) {
			query.entries()
				.forEach((key, value) -> check(this.query, String.valueOf(key), List.of(), value, violations));
			for (DeclaredParameter required : this.requiredQuery) {
				if (!present(query, DeclaredName.parse(required.name()).keys())) {
					violations.add(new RequestViolation(required.name(), "is required"));
				}
			}
		}

		private void check(Branch branch, String base, List<String> path, Object value,
				List<RequestViolation> violations) {
			String key = path.isEmpty() ? base : path.get(path.size() - 1);
			Object shape = branch.children.get(key);
			String name = DeclaredName.phpName(base, path);
			if (shape == null) {
				violations.add(new RequestViolation(name, "is not a parameter of this operation"));
			}
			else if (shape instanceof Branch nested) {
				if (!(value instanceof PhpArray array)) {
					violations.add(new RequestViolation(name, "must be given as " + name + "[...]"));
					return;
				}
				array.entries().forEach((child, childValue) -> {
					List<String> childPath = new ArrayList<>(path);
					childPath.add(String.valueOf(child));
					check(nested, base, childPath, childValue, violations);
				});
			}
			else {
				checkParameter((DeclaredParameter) shape, name, value, violations);
			}
		}

		private void checkParameter(DeclaredParameter parameter, String name, Object value,
				List<RequestViolation> violations) {
			if (parameter.isList()) {
				if (!(value instanceof PhpArray array)) {
					violations.add(new RequestViolation(name, "must be a list: " + name + "[]=..."));
					return;
				}
				ArrayNode items = JSON.arrayNode();
				for (Object item : array.entries().values()) {
					if (item instanceof PhpArray) {
						violations.add(new RequestViolation(name, "must be a list of values, not of arrays"));
						return;
					}
					items.add((String) item);
				}
				checkValue(parameter.schemaPointer(), name, items, violations);
			}
			else if (value instanceof PhpArray array) {
				if (parameter.isPhpArray()) {
					checkValue(parameter.schemaPointer(), name, PhpJson.toJson(array), violations);
				}
				else if (parameter.hasPhpArrayForm()) {
					checkValue(parameter.phpArrayFormPointer(), name, PhpJson.toJson(array), violations);
				}
				else {
					violations.add(new RequestViolation(name, "must be a single value, not an array"));
				}
			}
			else {
				checkValue(parameter.schemaPointer(), name, JSON.stringNode((String) value), violations);
			}
		}

		void checkBody(ContractRequest request, List<RequestViolation> violations) {
			JsonNode body = request.body();
			// PHP clients send json_encode([]) when they have nothing to say: "[]" reads
			// in Mautic as no data at all.
			boolean empty = body != null && body.isContainer() && body.isEmpty();
			if (this.requestBody.isMissingNode()) {
				if (body != null && !empty) {
					violations.add(new RequestViolation("body", "is not accepted by this operation: send no body"));
				}
				return;
			}
			if (body == null || body.isMissingNode()) {
				if (this.requestBody.path("required").asBoolean(false)) {
					violations.add(new RequestViolation("body", "is required"));
				}
				return;
			}
			String mediaType = request.formBody() ? "application/x-www-form-urlencoded" : "application/json";
			if (!this.requestBody.path("content").has(mediaType)) {
				violations.add(new RequestViolation("body", "must not be sent as " + mediaType));
				return;
			}
			String pointer = bodyPointer(mediaType);
			JsonNode schema = RequestValidator.this.contract
				.resolve(RequestValidator.this.contract.document().at(pointer));
			JsonNode read = (empty && body.isArray() && "object".equals(schema.path("type").asString("")))
					? JSON.objectNode() : body;
			JsonNode typed = request.formBody() ? RequestValidator.this.textValues.typed(read, schema) : read;
			RequestValidator.this.schemaAt.apply(pointer)
				.validate(typed)
				.forEach((error) -> violations.add(violation("", typed.isArray(), error)));
		}

		private String bodyPointer(String mediaType) {
			JsonNode reference = this.operation.node().path("requestBody").path("$ref");
			String base = reference.isString() ? reference.asString().substring(1)
					: this.operation.pointer() + "/requestBody";
			return base + "/content/" + mediaType.replace("/", "~1") + "/schema";
		}

	}

	private void checkValue(String schemaPointer, String name, JsonNode value, List<RequestViolation> violations) {
		JsonNode typed = this.textValues.typed(value,
				this.declared.computeIfAbsent(schemaPointer, this.contract.document()::at));
		this.schemaAt.apply(schemaPointer)
			.validate(typed)
			.forEach((error) -> violations.add(violation(name, false, error)));
	}

	private static boolean present(PhpArray query, List<String> keys) {
		Object current = query;
		for (String key : keys) {
			if (!(current instanceof PhpArray array) || (current = array.get(key)) == null) {
				return false;
			}
		}
		return true;
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
			name = DeclaredName.phpName(base, path);
		}
		else if (path.isEmpty()) {
			name = "body";
		}
		else {
			name = arrayBody ? DeclaredName.phpName("", path)
					: DeclaredName.phpName(path.get(0), path.subList(1, path.size()));
		}
		return new RequestViolation(name, message(error));
	}

	private static String message(Error error) {
		return switch (String.valueOf(error.getKeyword())) {
			case "required" -> "is required";
			case "additionalProperties" -> "is not allowed here";
			// networknt prefixes its messages with the instance location, which the
			// parameter name already says.
			default -> {
				String message = error.getMessage();
				int colon = message.indexOf(": ");
				yield (message.startsWith("$") && colon > 0) ? message.substring(colon + 2) : message;
			}
		};
	}

	/** The query's names below one level: each a parameter or a further branch. */
	private static final class Branch {

		private final Map<String, Object> children = new LinkedHashMap<>();

		void add(DeclaredName name, DeclaredParameter parameter) {
			Branch branch = this;
			List<String> keys = name.keys();
			for (int i = 0; i < keys.size() - 1; i++) {
				Object child = branch.children.computeIfAbsent(keys.get(i), (key) -> new Branch());
				if (!(child instanceof Branch nested)) {
					throw new IllegalStateException(
							"The query parameter " + name + " is nested under another parameter");
				}
				branch = nested;
			}
			branch.children.put(keys.get(keys.size() - 1), parameter);
		}

	}

	/**
	 * A declared parameter name as PHP reads it: {@code filters[includeEvents][]} is the
	 * list under the keys {@code filters}, {@code includeEvents}.
	 */
	private record DeclaredName(List<String> keys, boolean list) {

		static DeclaredName parse(String declared) {
			List<String> keys = new ArrayList<>();
			int bracket = declared.indexOf('[');
			keys.add((bracket == -1) ? declared : declared.substring(0, bracket));
			boolean list = false;
			while (bracket != -1) {
				int close = declared.indexOf(']', bracket);
				String key = declared.substring(bracket + 1, close);
				if (key.isEmpty()) {
					list = true;
				}
				else {
					keys.add(key);
				}
				bracket = declared.indexOf('[', close);
			}
			return new DeclaredName(List.copyOf(keys), list);
		}

		static String phpName(String base, List<String> path) {
			StringBuilder name = new StringBuilder(base);
			path.forEach((key) -> name.append('[').append(key).append(']'));
			return name.toString();
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

		/** A list spelled {@code name[]=a&name[]=b}. */
		boolean isList() {
			return DeclaredName.parse(name()).list();
		}

		/**
		 * Whether a scalar parameter may also be sent as a PHP array
		 * ({@code ids[]=1&ids[]=2} besides {@code ids=1,2}), with the schema under
		 * {@code x-mautic-php-array-schema}.
		 */
		boolean hasPhpArrayForm() {
			return this.node.has(PHP_ARRAY_SCHEMA);
		}

		String phpArrayFormPointer() {
			return this.schemaPointer.substring(0, this.schemaPointer.lastIndexOf('/')) + "/" + PHP_ARRAY_SCHEMA;
		}

		boolean isPhpArray() {
			return "deepObject".equals(this.node.path("style").asString(""))
					|| "php-array".equals(this.node.path("x-mautic-serialization").asString(""));
		}

	}

}
