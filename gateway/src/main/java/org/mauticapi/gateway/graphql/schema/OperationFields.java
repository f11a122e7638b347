package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.FieldCoordinates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationCall;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationWrite;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Paging;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping.OperationBinding;
import org.mauticapi.gateway.graphql.schema.TypeDef.ArgDef;
import org.mauticapi.gateway.graphql.schema.TypeDef.FieldDef;

/**
 * Fields bound to an operation: the result type is the spec's answer schema at the
 * declared path, the arguments are the operation's parameters that the binding leaves
 * open, and a connection replaces Mautic's paging parameters with {@code first} and
 * {@code after}.
 */
final class OperationFields {

	/** The page size when a query does not say. */
	static final int DEFAULT_FIRST = FieldBinding.DEFAULT_PAGE_SIZE;

	private static final Set<String> PAGING_PARAMETERS = Set.of("start", "limit", "page");

	private final MauticApiContract contract;

	private final SpecShapes shapes;

	private final InputShapes inputs;

	private final Map<FieldCoordinates, FieldBinding> bindings;

	private final List<Narrowed> narrowed = new ArrayList<>();

	OperationFields(MauticApiContract contract, SpecShapes shapes, InputShapes inputs,
			Map<FieldCoordinates, FieldBinding> bindings) {
		this.contract = contract;
		this.shapes = shapes;
		this.inputs = inputs;
		this.bindings = bindings;
	}

	/** The fields whose narrowing is derived once every type is. */
	List<Narrowed> narrowed() {
		return this.narrowed;
	}

	/**
	 * A list read that narrows its items.
	 *
	 * @param field the field
	 * @param itemType the item type
	 * @param narrow what the mapping declares
	 */
	record Narrowed(FieldCoordinates field, String itemType, GraphQlMapping.Narrow narrow) {
	}

	FieldDef field(String typeName, String fieldName, OperationBinding binding) {
		ContractOperation operation = operation(typeName, fieldName, binding);
		if (!"GET".equals(operation.method())) {
			throw mappingError(typeName, fieldName, "binds " + binding.operation() + ", which is not a read");
		}
		if (binding.byIds() != null) {
			return lookup(typeName, fieldName, binding, operation);
		}
		Paging paging = (binding.connection() != null) ? Paging.of(binding.connection()) : null;
		Signature signature = signature(operation, binding, paging, typeName, fieldName);
		GraphQlType resultType = signature.resultType();
		List<ArgDef> args = signature.args();
		String type;
		if (paging != null) {
			if (!resultType.list()) {
				throw mappingError(typeName, fieldName, "is a connection, but " + binding.result() + " is not a list");
			}
			args.add(new ArgDef("first", "Int", Integer.toString(DEFAULT_FIRST), "How many items to return."));
			args.add(new ArgDef("after", "String", null, "The cursor after which the page starts."));
			type = connectionType(resultType.name());
		}
		else if (!binding.pick().isEmpty()) {
			type = pickedType(resultType, binding, args, typeName, fieldName);
		}
		else {
			type = resultType.render(false);
		}
		this.bindings.put(FieldCoordinates.coordinates(typeName, fieldName),
				new OperationCall(operation.operationId(), operation.pathTemplate(), signature.params(),
						signature.resultPath(), paging, path(binding.total()), binding.pick(), null,
						binding.tieBreak()));
		if (binding.narrow() != null) {
			this.narrowed.add(new Narrowed(FieldCoordinates.coordinates(typeName, fieldName), resultType.name(),
					binding.narrow()));
		}
		String description = description(operation);
		if (!binding.pick().isEmpty()) {
			description = "The " + resultType.name() + " with the given "
					+ String.join(" and ", binding.pick().keySet()) + ", found in `" + operation.operationId()
					+ "`; null when there is none.";
		}
		return new FieldDef(fieldName, type, description, List.copyOf(args));
	}

	// One object found by the parent's id property in a list read searched with ids:
	// (Mautic's search command).
	private FieldDef lookup(String typeName, String fieldName, OperationBinding binding, ContractOperation operation) {
		List<String> resultPath = path(binding.result());
		JsonNode result = at(successSchema(operation, typeName, fieldName), resultPath, typeName, fieldName);
		GraphQlType resultType = this.shapes.typeOf(result, typeName + SpecShapes.capitalized(fieldName));
		if (!resultType.list() || resultType.kind() != GraphQlType.Kind.OBJECT) {
			throw mappingError(typeName, fieldName,
					"looks up by ids, but " + binding.result() + " is not a list of objects");
		}
		this.bindings.put(FieldCoordinates.coordinates(typeName, fieldName),
				new FieldBinding.BatchedLookup(operation.operationId(), operation.pathTemplate(), binding.byIds().key(),
						"search", "limit", resultPath, binding.byIds().match()));
		return new FieldDef(fieldName, resultType.name(),
				"The " + resultType.name() + " with the `" + binding.byIds().key() + "` of this " + typeName
						+ " (null when there is none); the " + resultType.name() + "s of every " + typeName
						+ " of the answer are looked up together, in one call for up to a page.");
	}

	/**
	 * A field of {@code Mutation}: the write's parameters are arguments as for reads, and
	 * its JSON request body is one more argument of the input type derived from the
	 * body's schema.
	 */
	FieldDef mutation(String fieldName, OperationBinding binding) {
		String typeName = "Mutation";
		ContractOperation operation = operation(typeName, fieldName, binding);
		if ("GET".equals(operation.method())) {
			throw mappingError(typeName, fieldName, "binds " + binding.operation() + ", which is a read");
		}
		Signature signature = signature(operation, binding, null, typeName, fieldName);
		JsonNode requestBody = this.contract.resolve(operation.node().path("requestBody"));
		JsonNode bodySchema = requestBody.path("content").path("application/json").path("schema");
		boolean bodyRequired = requestBody.path("required").asBoolean(false);
		if (binding.body() != null) {
			if (bodySchema.isMissingNode()) {
				throw mappingError(typeName, fieldName, "sends a body, but " + binding.operation() + " takes no JSON");
			}
			GraphQlType input = this.inputs.typeOf(bodySchema, SpecShapes.capitalized(fieldName));
			signature.args()
				.add(new ArgDef(binding.body(), input.render(bodyRequired), null,
						"The request body; input fields left out are not sent."));
		}
		else if (bodyRequired) {
			throw mappingError(typeName, fieldName, "sends no body, but " + binding.operation() + " needs one");
		}
		this.bindings.put(FieldCoordinates.coordinates(typeName, fieldName),
				new OperationWrite(operation.operationId(), operation.method(), operation.pathTemplate(),
						signature.params(), binding.body(), signature.resultPath()));
		return new FieldDef(fieldName, signature.resultType().render(false), description(operation),
				List.copyOf(signature.args()));
	}

	private ContractOperation operation(String typeName, String fieldName, OperationBinding binding) {
		return this.contract.operationById(binding.operation())
			.orElseThrow(() -> mappingError(typeName, fieldName, "names the unknown operation " + binding.operation()));
	}

	private static @Nullable String description(ContractOperation operation) {
		String summary = operation.node().path("summary").asString(null);
		return (summary != null) ? summary + " (`" + operation.operationId() + "`)." : null;
	}

	// The result and the arguments an operation's parameters give, paging parameters left
	// to the connection.
	private Signature signature(ContractOperation operation, OperationBinding binding, @Nullable Paging paging,
			String typeName, String fieldName) {
		List<String> resultPath = path(binding.result());
		JsonNode result = at(successSchema(operation, typeName, fieldName), resultPath, typeName, fieldName);
		GraphQlType resultType = this.shapes.typeOf(result, typeName + SpecShapes.capitalized(fieldName));
		List<ArgDef> args = new ArrayList<>();
		List<Param> params = new ArrayList<>();
		// Parameters may be declared on the path item (shared by its methods) and on the
		// operation.
		JsonNode pathItem = this.contract.document().path("paths").path(operation.pathTemplate());
		List<JsonNode> declaredParameters = new ArrayList<>();
		pathItem.path("parameters").forEach(declaredParameters::add);
		operation.node().path("parameters").forEach(declaredParameters::add);
		for (JsonNode declared : declaredParameters) {
			JsonNode parameter = this.contract.resolve(declared);
			// An enumeration is named after the parameter component that declares it,
			// when one does.
			String context = declared.has("$ref") ? declared.get("$ref").asString().replaceAll(".*/", "")
					: SpecShapes.capitalized(parameter.path("name").asString("").replaceAll("[^A-Za-z0-9]", ""));
			addParameter(parameter, binding, paging, args, params, context);
		}
		return new Signature(resultPath, resultType, args, List.copyOf(params));
	}

	private record Signature(List<String> resultPath, GraphQlType resultType, List<ArgDef> args, List<Param> params) {
	}

	// One item of the list, found by arguments the field offers.
	private static String pickedType(GraphQlType resultType, OperationBinding binding, List<ArgDef> args,
			String typeName, String fieldName) {
		if (!resultType.list()) {
			throw mappingError(typeName, fieldName, "picks an item, but " + binding.result() + " is not a list");
		}
		binding.pick().forEach((property, argument) -> {
			int index = indexOf(args, argument);
			if (index < 0) {
				throw mappingError(typeName, fieldName, "picks by " + argument + ", which is not one of its arguments");
			}
			// The field cannot answer without it.
			String type = args.get(index).type();
			args.set(index, new ArgDef(argument, type.endsWith("!") ? type : type + "!", null,
					"The `" + property + "` of the " + resultType.name() + " to find, exactly."));
		});
		return resultType.name();
	}

	private static int indexOf(List<ArgDef> args, String name) {
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	private void addParameter(JsonNode parameter, OperationBinding binding, @Nullable Paging paging, List<ArgDef> args,
			List<Param> params, String context) {
		String name = parameter.get("name").asString();
		boolean inPath = "path".equals(parameter.path("in").asString());
		if (binding.params().containsKey(name)) {
			params.add(new Param(name, inPath, null, binding.params().get(name), false));
			return;
		}
		String argument = binding.args().getOrDefault(name, name);
		boolean paged = paging != null && PAGING_PARAMETERS.contains(name);
		if (paged || binding.hide().contains(name) || !SpecShapes.GRAPHQL_NAME.matcher(argument).matches()) {
			return;
		}
		boolean required = parameter.path("required").asBoolean(false);
		if (isPhpArrayOfObjects(parameter)) {
			// where[], order[]: a list of input objects, sent as PHP array parameters.
			GraphQlType type = this.inputs.typeOf(parameter.path("schema"), SpecShapes.capitalized(argument));
			args.add(new ArgDef(argument, type.render(required), null, SpecShapes.description(parameter)));
			params.add(new Param(name, inPath, argument, null, true));
			return;
		}
		if (!isScalar(parameter.path("schema"))) {
			return;
		}
		GraphQlType type = SpecShapes.identified(argument, this.shapes.typeOf(parameter.path("schema"), context));
		args.add(new ArgDef(argument, type.render(required), null, SpecShapes.description(parameter)));
		params.add(new Param(name, inPath, argument, null, false));
	}

	private boolean isPhpArrayOfObjects(JsonNode parameter) {
		JsonNode schema = this.contract.resolve(parameter.path("schema"));
		return "php-array".equals(parameter.path("x-mautic-serialization").asString(""))
				&& "array".equals(schema.path("type").asString(""))
				&& SpecShapes.isObjectWithProperties(this.contract.resolve(schema.path("items")));
	}

	private boolean isScalar(JsonNode schema) {
		JsonNode resolved = this.contract.resolve(schema);
		String type = resolved.path("type").asString("");
		if (type.equals("array")) {
			return isScalar(resolved.path("items"));
		}
		return Set.of("string", "integer", "number", "boolean").contains(type);
	}

	private String connectionType(String nodeType) {
		String connection = nodeType + "Connection";
		String edge = nodeType + "Edge";
		if (!this.shapes.types().containsKey(connection)) {
			define(connection, "A page of " + nodeType + " items.", "totalCount", "Int!",
					"How many items match, over all pages.", "nodes", "[" + nodeType + "!]!", "The items of the page.",
					"edges", "[" + edge + "!]!", "The items of the page with their cursors.", "pageInfo", "PageInfo!",
					"Where the page is.");
			define(edge, "An item of a page and its cursor.", "cursor", "String!", "The item's cursor.", "node",
					nodeType + "!", "The item.");
			define("PageInfo", "Where a page is in the whole list.", "hasNextPage", "Boolean!",
					"Whether items follow the page.", "hasPreviousPage", "Boolean!", "Whether items precede the page.",
					"startCursor", "String", "The cursor of the first item.", "endCursor", "String",
					"The cursor of the last item.");
		}
		return connection;
	}

	// Name, type and description triples.
	private void define(String typeName, String description, String... fields) {
		TypeDef type = new TypeDef(typeName, description);
		for (int i = 0; i < fields.length; i += 3) {
			type.fields().add(new FieldDef(fields[i], fields[i + 1], fields[i + 2]));
			ValueShape shape = fields[i + 1].startsWith("[") ? ValueShape.LIST : ValueShape.VALUE;
			this.bindings.put(FieldCoordinates.coordinates(typeName, fields[i]), new Property(fields[i], shape));
		}
		this.shapes.types().put(typeName, type);
	}

	private JsonNode successSchema(ContractOperation operation, String typeName, String fieldName) {
		for (Map.Entry<String, JsonNode> response : operation.node().path("responses").properties()) {
			JsonNode schema = this.contract.resolve(response.getValue())
				.path("content")
				.path("application/json")
				.path("schema");
			if (response.getKey().startsWith("2") && !schema.isMissingNode()) {
				return schema;
			}
		}
		throw mappingError(typeName, fieldName, "binds " + operation.operationId() + ", which answers no JSON");
	}

	private JsonNode at(JsonNode schema, List<String> path, String typeName, String fieldName) {
		JsonNode node = schema;
		for (String key : path) {
			JsonNode resolved = this.contract.resolve(node);
			if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
				resolved = this.contract.resolve(resolved.get("allOf").get(0));
			}
			node = propertyOf(resolved, key);
			if (node.isMissingNode()) {
				throw mappingError(typeName, fieldName, "reads " + String.join(".", path) + ", which the answer lacks");
			}
		}
		return node;
	}

	// The property of an object schema, or of the one alternative of a oneOf that has it
	// (an answer that is either
	// the object or Mautic's bare [] for none).
	private JsonNode propertyOf(JsonNode schema, String key) {
		JsonNode property = schema.path("properties").path(key);
		if (property.isMissingNode() && schema.has("oneOf")) {
			for (JsonNode alternative : schema.get("oneOf")) {
				JsonNode found = this.contract.resolve(alternative).path("properties").path(key);
				if (!found.isMissingNode()) {
					return found;
				}
			}
		}
		return property;
	}

	private static List<String> path(@Nullable String dotted) {
		return (dotted == null || dotted.isEmpty()) ? List.of() : Arrays.asList(dotted.split("\\."));
	}

	private static IllegalStateException mappingError(String typeName, String fieldName, String problem) {
		return new IllegalStateException(
				GraphQlMapping.CLASSPATH_LOCATION + ": " + typeName + "." + fieldName + " " + problem);
	}

}
