package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import graphql.schema.FieldCoordinates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Plucked;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping.TypeMapping;
import org.mauticapi.gateway.graphql.schema.TypeDef.FieldDef;

/**
 * Turns the spec's schemas into GraphQL types, normalising Mautic's quirks on the way: id-keyed maps and their
 * {@code []} become lists, numbers sent as strings and floats for whole numbers become {@code Int}, integer 1/0 flags
 * become {@code Boolean}, ISO and SQL date-times become {@code DateTime}, and shapes GraphQL cannot type (free-form
 * objects, mixed unions) are {@code JSON}. Object types are named after their spec schema.
 */
final class SpecShapes {

	static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

	private static final String REF_PREFIX = "#/components/schemas/";

	private final MauticApiContract contract;

	private final GraphQlMapping mapping;

	private final TypeExtension extension;

	private final Map<String, TypeDef> types = new TreeMap<>();

	private final Map<FieldCoordinates, FieldBinding> bindings;

	private final Set<String> building = new HashSet<>();

	SpecShapes(MauticApiContract contract, GraphQlMapping mapping, Map<FieldCoordinates, FieldBinding> bindings,
			TypeExtension extension) {
		this.contract = contract;
		this.mapping = mapping;
		this.bindings = bindings;
		this.extension = extension;
	}

	Map<String, TypeDef> types() {
		return this.types;
	}

	/**
	 * The GraphQL type of a schema node.
	 * @param node the schema node (possibly a reference)
	 * @param context the name an inline object type gets
	 */
	GraphQlType typeOf(JsonNode node, String context) {
		GraphQlType referenced = throughReference(this.contract, node, context, this::objectType, this::typeOf);
		if (referenced != null) {
			return referenced;
		}
		if (node.has("oneOf") || node.has("anyOf")) {
			return unionType(node.has("oneOf") ? node.get("oneOf") : node.get("anyOf"), context);
		}
		String type = node.path("type").asString("");
		return switch (type) {
			case "array" -> node.path("items").isEmpty() ? GraphQlType.JSON.asList()
					: typeOf(node.get("items"), context).asList();
			case "object" -> objectShape(node, context);
			case "string" -> stringType(node);
			case "integer" -> isQuirk(node, "integer-boolean") ? GraphQlType.scalar("Boolean") : GraphQlType.scalar("Int");
			case "number" -> isQuirk(node, "float-for-integer") ? GraphQlType.scalar("Int") : GraphQlType.scalar("Float");
			case "boolean" -> GraphQlType.scalar("Boolean");
			default -> GraphQlType.JSON;
		};
	}

	/**
	 * What a reference or a single {@code allOf} stands for, for output and input types alike.
	 * @param named the type of a named object schema, from its name and schema
	 * @param shape the type of any other schema node, from the node and the context name
	 * @return the type, or null when the node is neither a reference nor a single {@code allOf}
	 */
	static @Nullable GraphQlType throughReference(MauticApiContract contract, JsonNode node, String context,
			BiFunction<String, JsonNode, GraphQlType> named, BiFunction<JsonNode, String, GraphQlType> shape) {
		if (node.has("$ref")) {
			String ref = node.get("$ref").asString();
			JsonNode target = contract.resolve(node);
			if (isObjectWithProperties(target) && ref.startsWith(REF_PREFIX)) {
				return named.apply(ref.substring(REF_PREFIX.length()), target);
			}
			return shape.apply(target, context);
		}
		if (node.has("allOf") && node.get("allOf").size() == 1 && node.get("allOf").get(0).has("$ref")) {
			return shape.apply(node.get("allOf").get(0), context);
		}
		return null;
	}

	/**
	 * Whether a property may be missing or null in an answer: OpenAPI 3.0.3 gives {@code nullable} a meaning only
	 * next to a {@code type}, so a union that may be null says so on one of its alternatives.
	 */
	boolean nullable(JsonNode property) {
		JsonNode resolved = this.contract.resolve(property);
		if (property.path("nullable").asBoolean(false) || resolved.path("nullable").asBoolean(false)) {
			return true;
		}
		for (JsonNode alternative : resolved.has("oneOf") ? resolved.get("oneOf") : resolved.path("anyOf")) {
			if (this.contract.resolve(alternative).path("nullable").asBoolean(false)) {
				return true;
			}
		}
		return false;
	}

	// An object that Mautic sends as [] when there is none (clientInfo) is null then.
	private boolean emptyArrayAlternative(JsonNode property) {
		JsonNode resolved = this.contract.resolve(property);
		JsonNode alternatives = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.path("anyOf");
		for (JsonNode alternative : alternatives) {
			if (isEmptyArray(this.contract.resolve(alternative))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The object type of a named spec schema, built once.
	 */
	GraphQlType objectType(String name, JsonNode schema) {
		String as = this.mapping.type(name).as();
		if (as != null) {
			JsonNode target = this.contract.document().at(REF_PREFIX.substring(1) + as);
			if (target.isMissingNode()) {
				throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + name + " is given as " + as
						+ ", which the spec does not declare");
			}
			return objectType(as, target);
		}
		if (!this.types.containsKey(name) && this.building.add(name)) {
			TypeDef type = new TypeDef(name, description(schema));
			this.types.put(name, type);
			addProperties(type, schema, this.mapping.type(name));
			this.extension.extend(name, type);
		}
		return new GraphQlType(name, false, GraphQlType.Kind.OBJECT);
	}

	private void addProperties(TypeDef type, JsonNode schema, TypeMapping typeMapping) {
		Set<String> required = new HashSet<>();
		schema.path("required").forEach((name) -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
			String key = property.getKey();
			String fieldName = typeMapping.rename().getOrDefault(key, key);
			if (typeMapping.exclude().contains(key) || !GRAPHQL_NAME.matcher(fieldName).matches()) {
				continue;
			}
			String itemKey = typeMapping.pluck().get(key);
			if (itemKey != null) {
				addPlucked(type, fieldName, key, itemKey, property.getValue());
				continue;
			}
			GraphQlType fieldType = typeOf(property.getValue(), type.name() + capitalized(fieldName));
			boolean none = fieldType.kind() == GraphQlType.Kind.OBJECT && emptyArrayAlternative(property.getValue());
			boolean nonNull = fieldType.list() || (required.contains(key) && !nullable(property.getValue()) && !none);
			type.fields().add(new FieldDef(fieldName, fieldType.render(nonNull), description(property.getValue())));
			this.bindings.put(FieldCoordinates.coordinates(type.name(), fieldName),
					new Property(key, valueShape(fieldType)));
		}
	}

	private void addPlucked(TypeDef type, String fieldName, String key, String itemKey, JsonNode property) {
		JsonNode item = this.contract.resolve(this.contract.resolve(property).path("items"));
		JsonNode itemProperty = item.path("properties").path(itemKey);
		GraphQlType itemType = itemProperty.isMissingNode() ? GraphQlType.JSON : typeOf(itemProperty, type.name());
		if (!itemType.isScalar() || itemType.equals(GraphQlType.JSON)) {
			throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + type.name() + " plucks " + key
					+ "." + itemKey + ", which is not a typed scalar of a list item");
		}
		type.fields().add(new FieldDef(fieldName, itemType.asList().render(true), description(property)));
		this.bindings.put(FieldCoordinates.coordinates(type.name(), fieldName), new Plucked(key, itemKey));
	}

	static ValueShape valueShape(GraphQlType type) {
		if (type.list()) {
			return ValueShape.LIST;
		}
		if (type.kind() == GraphQlType.Kind.OBJECT) {
			return ValueShape.OBJECT;
		}
		return type.name().equals("DateTime") ? ValueShape.DATE_TIME : ValueShape.VALUE;
	}

	// Alternatives that only stand for Mautic's empty [] are dropped (an empty list is an empty list); several object
	// variants of one entity (full, minimal, select[]) are given as the first, the full one, which is what the gateway
	// asks for; anything else cannot be typed in GraphQL.
	private GraphQlType unionType(JsonNode alternatives, String context) {
		List<JsonNode> kept = new ArrayList<>();
		alternatives.forEach((alternative) -> {
			if (!isEmptyArray(this.contract.resolve(alternative))) {
				kept.add(alternative);
			}
		});
		if (kept.size() == 1) {
			return typeOf(kept.get(0), context);
		}
		JsonNode indexedItems = (kept.size() == 2) ? indexedItems(kept.get(0), kept.get(1)) : null;
		if (indexedItems != null) {
			// The same items as an array or an index-keyed map (a batch answer): a list either way.
			return typeOf(indexedItems, context).asList();
		}
		boolean allObjects = !kept.isEmpty() && kept.stream()
			.allMatch((alternative) -> alternative.has("$ref")
					&& isObjectWithProperties(this.contract.resolve(alternative)));
		return allObjects ? typeOf(kept.get(0), context) : GraphQlType.JSON;
	}

	// The referenced items of an array and a map holding the same items (in either order), or null.
	private @Nullable JsonNode indexedItems(JsonNode first, JsonNode second) {
		JsonNode arrayItems = itemsRef(first, "items");
		JsonNode mapValues = itemsRef(second, "additionalProperties");
		if (arrayItems == null || mapValues == null) {
			arrayItems = itemsRef(second, "items");
			mapValues = itemsRef(first, "additionalProperties");
		}
		return (arrayItems != null && arrayItems.equals(mapValues)) ? arrayItems : null;
	}

	// The schema reference of an array's items or a map's values, or null. An array may type its items in an allOf
	// (the spec leaves them untyped for code generators that cannot read a list of entities inside a union).
	private @Nullable JsonNode itemsRef(JsonNode alternative, String key) {
		JsonNode resolved = this.contract.resolve(alternative);
		if (resolved.path(key).has("$ref")) {
			return resolved.get(key);
		}
		for (JsonNode member : resolved.path("allOf")) {
			if (member.path(key).has("$ref")) {
				return member.get(key);
			}
		}
		return null;
	}

	private GraphQlType objectShape(JsonNode node, String context) {
		if (isObjectWithProperties(node)) {
			return objectType(context, node);
		}
		JsonNode values = node.path("additionalProperties");
		if (values.isObject() && (values.has("$ref") || isObjectWithProperties(values))) {
			// An id-keyed map (Mautic's collections): its values, in the server's order, as a list.
			GraphQlType valueType = typeOf(values, context + "Item");
			return (valueType.kind() == GraphQlType.Kind.OBJECT) ? valueType.asList() : GraphQlType.JSON;
		}
		return GraphQlType.JSON;
	}

	private static GraphQlType stringType(JsonNode node) {
		if ("date-time".equals(node.path("format").asString("")) || isQuirk(node, "sql-datetime")) {
			return GraphQlType.scalar("DateTime");
		}
		return isQuirk(node, "string-number") ? GraphQlType.scalar("Int") : GraphQlType.scalar("String");
	}

	private static boolean isQuirk(JsonNode node, String quirk) {
		return quirk.equals(node.path("x-mautic-quirk").asString(""));
	}

	private static boolean isEmptyArray(JsonNode node) {
		return "array".equals(node.path("type").asString("")) && node.path("maxItems").asInt(-1) == 0;
	}

	static boolean isObjectWithProperties(JsonNode node) {
		return node.path("properties").isObject() && !node.path("properties").isEmpty();
	}

	static @Nullable String description(JsonNode node) {
		JsonNode description = node.path("description");
		return description.isString() ? description.asString().strip() : null;
	}

	static String capitalized(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** Adds the declared fields (custom fields, relationships) to an object type once its properties are in. */
	@FunctionalInterface
	interface TypeExtension {

		void extend(String schemaName, TypeDef type);

	}

}
