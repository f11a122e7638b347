package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping.TypeMapping;
import org.mauticapi.gateway.graphql.schema.TypeDef.FieldDef;

/**
 * Turns the spec's request body schemas into GraphQL input types. Every input field is optional: what a client leaves
 * out is not sent (a PATCH changes only what it sends, and Mautic itself refuses a create without what it needs), and
 * an explicit null is sent as null. Deprecated properties (legacy keys Mautic converts or ignores) are left out. A
 * value with alternatives takes the one GraphQL can type best (see {@code alternativeType}); what it cannot type at
 * all is {@code JSON}.
 */
final class InputShapes {

	private final MauticApiContract contract;

	private final GraphQlMapping mapping;

	private final Map<String, TypeDef> types;

	// Input type name -> the property names it was derived with, so that schemas sharing a name must agree.
	private final Map<String, List<String>> derived = new HashMap<>();

	InputShapes(MauticApiContract contract, GraphQlMapping mapping, Map<String, TypeDef> types) {
		this.contract = contract;
		this.mapping = mapping;
		this.types = types;
	}

	/**
	 * The GraphQL input type of a schema node.
	 * @param node the schema node (possibly a reference)
	 * @param context the name an inline object's input type is derived from
	 */
	GraphQlType typeOf(JsonNode node, String context) {
		GraphQlType referenced = SpecShapes.throughReference(this.contract, node, context, this::inputObject,
				this::typeOf);
		if (referenced != null) {
			return referenced;
		}
		if (node.has("oneOf") || node.has("anyOf")) {
			List<GraphQlType> alternatives = new ArrayList<>();
			(node.has("oneOf") ? node.get("oneOf") : node.get("anyOf"))
				.forEach((alternative) -> alternatives.add(typeOf(alternative, context)));
			return alternativeType(alternatives);
		}
		return switch (node.path("type").asString("")) {
			case "array" -> node.path("items").isEmpty() ? GraphQlType.JSON.asList()
					: typeOf(node.get("items"), context).asList();
			case "object" -> SpecShapes.isObjectWithProperties(node) ? inputObject(context, node) : GraphQlType.JSON;
			case "string" -> GraphQlType.scalar("String");
			case "integer" -> GraphQlType.scalar("Int");
			case "number" -> GraphQlType.scalar("Float");
			case "boolean" -> GraphQlType.scalar("Boolean");
			default -> GraphQlType.JSON;
		};
	}

	// Scalars alone: the first (a flag as true/false rather than 1/0). One list beside strings: the list (tags as
	// names rather than comma-joined). A value that may be a single value or a list (a filter's): JSON.
	private static GraphQlType alternativeType(List<GraphQlType> alternatives) {
		List<GraphQlType> lists = alternatives.stream().filter(GraphQlType::list).toList();
		if (lists.isEmpty()) {
			return alternatives.stream().filter((type) -> !type.equals(GraphQlType.JSON)).findFirst().orElse(GraphQlType.JSON);
		}
		boolean othersAreText = alternatives.stream().allMatch((type) -> type.list() || type.name().equals("String"));
		return (lists.size() == 1 && othersAreText) ? lists.get(0) : GraphQlType.JSON;
	}

	private GraphQlType inputObject(String schemaName, JsonNode schema) {
		TypeMapping typeMapping = this.mapping.type(schemaName);
		String name = (typeMapping.input() != null) ? typeMapping.input()
				: schemaName.endsWith("Input") ? schemaName : schemaName + "Input";
		List<String> properties = new ArrayList<>();
		schema.get("properties").properties().forEach((property) -> {
			if (!typeMapping.exclude().contains(property.getKey()) && !property.getValue().path("deprecated").asBoolean(false)
					&& SpecShapes.GRAPHQL_NAME.matcher(property.getKey()).matches()) {
				properties.add(property.getKey());
			}
		});
		List<String> earlier = this.derived.putIfAbsent(name, properties);
		if (earlier != null) {
			if (!earlier.equals(properties)) {
				throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + schemaName
						+ " is given as the input type " + name + ", which another schema with other properties is");
			}
			return new GraphQlType(name, false, GraphQlType.Kind.OBJECT);
		}
		TypeDef type = TypeDef.input(name, SpecShapes.description(schema));
		this.types.put(name, type);
		String base = name.substring(0, name.length() - (name.endsWith("Input") ? "Input".length() : 0));
		for (String key : properties) {
			JsonNode property = schema.get("properties").get(key);
			GraphQlType fieldType = typeOf(property, base + SpecShapes.capitalized(key));
			type.fields().add(new FieldDef(key, fieldType.render(false), SpecShapes.description(property)));
		}
		return new GraphQlType(name, false, GraphQlType.Kind.OBJECT);
	}

}
