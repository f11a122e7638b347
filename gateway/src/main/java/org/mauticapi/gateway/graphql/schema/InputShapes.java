package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping.TypeMapping;
import org.mauticapi.gateway.graphql.schema.TypeDef.FieldDef;

/**
 * Turns the spec's request body schemas into GraphQL input types. Every input field is
 * optional: what a client leaves out is not sent (a PATCH changes only what it sends, and
 * Mautic itself refuses a create without what it needs), and an explicit null is sent as
 * null. Deprecated properties (legacy keys Mautic converts or ignores) are left out. A
 * value with alternatives takes the one GraphQL can type best (see
 * {@code alternativeType}); what it cannot type at all is {@code JSON}.
 */
final class InputShapes {

	private final MauticApiContract contract;

	private final GraphQlMapping mapping;

	private final Map<String, TypeDef> types;

	// Input type name -> the property names it was derived with, so that schemas sharing
	// a name must agree.
	private final Map<String, List<String>> derived = new HashMap<>();

	private final Map<String, InputBinding> bindings = new LinkedHashMap<>();

	private final List<InstanceField> instanceFields;

	private final EnumShapes enums;

	InputShapes(MauticApiContract contract, GraphQlMapping mapping, Map<String, TypeDef> types, EnumShapes enums,
			List<InstanceField> instanceFields) {
		this.enums = enums;
		this.contract = contract;
		this.mapping = mapping;
		this.types = types;
		this.instanceFields = instanceFields;
	}

	/** How each input type derived so far is sent, by type name. */
	Map<String, InputBinding> bindings() {
		return this.bindings;
	}

	/**
	 * The GraphQL input type of a schema node.
	 * @param node the schema node (possibly a reference)
	 * @param context the name an inline object's input type is derived from
	 */
	GraphQlType typeOf(JsonNode node, String context) {
		GraphQlType namedEnum = SpecShapes.namedEnum(this.contract, this.enums, node);
		if (namedEnum != null) {
			return namedEnum;
		}
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
			case "array" -> {
				JsonNode items = SpecShapes.itemsOf(this.contract, node, "items");
				yield (items != null) ? typeOf(items, context).asList() : GraphQlType.JSON.asList();
			}
			case "object" -> SpecShapes.isObjectWithProperties(node) ? inputObject(context, node) : GraphQlType.JSON;
			case "string" -> {
				GraphQlType enumType = this.enums.enumType(node, context);
				yield (enumType != null) ? enumType : GraphQlType.scalar("String");
			}
			case "integer" -> GraphQlType.scalar("Int");
			case "number" -> GraphQlType.scalar("Float");
			case "boolean" -> GraphQlType.scalar("Boolean");
			default -> GraphQlType.JSON;
		};
	}

	// Scalars alone: the first (a flag as true/false rather than 1/0). One list beside
	// strings: the list (tags as
	// names rather than comma-joined). A value that may be a single value or a list (a
	// filter's): JSON.
	private static GraphQlType alternativeType(List<GraphQlType> alternatives) {
		List<GraphQlType> lists = alternatives.stream().filter(GraphQlType::list).toList();
		if (lists.isEmpty()) {
			return alternatives.stream()
				.filter((type) -> !type.equals(GraphQlType.JSON))
				.findFirst()
				.orElse(GraphQlType.JSON);
		}
		boolean othersAreText = alternatives.stream().allMatch((type) -> type.list() || type.name().equals("String"));
		return (lists.size() == 1 && othersAreText) ? lists.get(0) : GraphQlType.JSON;
	}

	private GraphQlType inputObject(String schemaName, JsonNode schema) {
		TypeMapping typeMapping = this.mapping.type(schemaName);
		String name = inputName(schemaName);
		List<String> properties = new ArrayList<>();
		schema.get("properties").properties().forEach((property) -> {
			if (!typeMapping.exclude().contains(property.getKey())
					&& !property.getValue().path("deprecated").asBoolean(false)
					&& SpecShapes.GRAPHQL_NAME.matcher(SpecShapes.camelCase(property.getKey())).matches()) {
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
		Map<String, String> keys = new LinkedHashMap<>();
		for (String key : properties) {
			JsonNode property = schema.get("properties").get(key);
			List<String> forms = typeMapping.alternatives().get(key);
			if (forms != null) {
				addAlternatives(type, key, property, forms, base, keys);
				continue;
			}
			String fieldName = SpecShapes.camelCase(key);
			GraphQlType fieldType = SpecShapes.identified(fieldName,
					typeOf(property, base + SpecShapes.capitalized(fieldName)));
			type.fields().add(new FieldDef(fieldName, fieldType.render(false), SpecShapes.description(property)));
			keys.put(fieldName, key);
		}
		GraphQlMapping.Additional additional = typeMapping.additional();
		Set<String> specKeys = Set.copyOf(keys.values());
		if (additional != null) {
			addInstanceFields(type, keys);
			addAdditional(type, schema, additional, schemaName);
		}
		this.bindings.put(name,
				new InputBinding.ObjectInput(keys, specKeys, (additional != null) ? additional.field() : null,
						(additional != null) ? additional.keyPattern() : null));
		return new GraphQlType(name, false, GraphQlType.Kind.OBJECT);
	}

	// The instance's custom fields as typed input fields, sent by alias like the
	// additional entries (which must then
	// not give them again); what the input has already, or what is no GraphQL name, is
	// left out.
	private void addInstanceFields(TypeDef type, Map<String, String> keys) {
		for (InstanceField field : this.instanceFields) {
			String alias = field.alias();
			String fieldName = SpecShapes.camelCase(alias);
			if (SpecShapes.GRAPHQL_NAME.matcher(fieldName).matches() && !type.hasField(fieldName)
					&& !keys.containsValue(alias) && !keys.containsKey(fieldName)) {
				type.fields()
					.add(new FieldDef(fieldName, field.inputType(),
							"The custom field `" + alias + "` (" + field.type() + ") of this Mautic"
									+ (field.type().startsWith("date")
											? ", as Mautic reads it: `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`." : ".")));
				keys.put(fieldName, alias);
			}
		}
	}

	// A value with several forms (a where clause's val: text, a list, nested clauses) is
	// one field per form, all
	// sent under the property's key.
	private void addAlternatives(TypeDef type, String key, JsonNode property, List<String> forms, String base,
			Map<String, String> keys) {
		List<JsonNode> alternatives = new ArrayList<>();
		this.contract.resolve(property).path("oneOf").forEach((alternative) -> {
			if (!SpecShapes.isJsonNull(this.contract.resolve(alternative))) {
				alternatives.add(alternative);
			}
		});
		if (alternatives.size() != forms.size()) {
			throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + type.name() + " names "
					+ forms.size() + " forms of " + key + ", which has " + alternatives.size());
		}
		for (int i = 0; i < forms.size(); i++) {
			GraphQlType formType = typeOf(alternatives.get(i), base + SpecShapes.capitalized(forms.get(i)));
			String description = SpecShapes.description(property);
			type.fields()
				.add(new FieldDef(forms.get(i), formType.render(false),
						((i == 0 && description != null) ? description + "\n\n" : "") + "Sent as `" + key
								+ "`; give one of " + String.join(", ", forms) + "."));
			keys.put(forms.get(i), key);
		}
	}

	// The additional properties (custom field values by alias) as a list of entries: the
	// key, and the value as
	// text (Mautic reads every scalar form from text) or as a list where the schema
	// allows one (a multiselect).
	private void addAdditional(TypeDef type, JsonNode schema, GraphQlMapping.Additional additional, String schemaName) {
		JsonNode values = schema.path("additionalProperties");
		if (!values.isObject() || !values.has("$ref")) {
			throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + schemaName
					+ " declares additional entries, but its additionalProperties is not a named schema");
		}
		String valueSchema = values.get("$ref").asString().substring("#/components/schemas/".length());
		String entryName = inputName(valueSchema);
		if (!this.types.containsKey(entryName)) {
			JsonNode resolved = this.contract.resolve(values);
			TypeDef entry = TypeDef.input(entryName, SpecShapes.description(resolved));
			entry.fields().add(new FieldDef("alias", "String!", "The key (a custom field's alias)."));
			List<String> valueFields = new ArrayList<>();
			valueFields.add("value");
			entry.fields()
				.add(new FieldDef("value", "String", "The value as text: numbers as digits, booleans as "
						+ "`1`/`0` (or `true`/`false`), dates as `YYYY-MM-DD`, a multiselect pipe-joined or as `values`; "
						+ "null or empty clears it where Mautic allows."));
			for (JsonNode alternative : resolved.path("oneOf")) {
				JsonNode form = this.contract.resolve(alternative);
				if ("array".equals(form.path("type").asString("")) && !valueFields.contains("values")) {
					GraphQlType listType = typeOf(form, entryName);
					entry.fields()
						.add(new FieldDef("values", listType.render(false), "The value as a list (a multiselect)."));
					valueFields.add("values");
				}
			}
			this.types.put(entryName, entry);
			this.bindings.put(entryName, new InputBinding.Entry("alias", List.copyOf(valueFields)));
		}
		type.fields()
			.add(new FieldDef(additional.field(), "[" + entryName + "!]", "Further values by key, merged "
					+ "into the body: custom fields by alias. A key must not be one of this input's own fields."));
	}

	private String inputName(String schemaName) {
		TypeMapping typeMapping = this.mapping.type(schemaName);
		return (typeMapping.input() != null) ? typeMapping.input()
				: schemaName.endsWith("Input") ? schemaName : schemaName + "Input";
	}

}
