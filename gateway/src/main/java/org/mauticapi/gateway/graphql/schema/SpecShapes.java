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
 * Turns the spec's schemas into GraphQL types, normalising Mautic's quirks on the way:
 * id-keyed maps and their {@code []} become lists, numbers sent as strings and floats for
 * whole numbers become {@code Int}, integer 1/0 flags become {@code Boolean}, ISO and SQL
 * date-times become {@code DateTime}, and shapes GraphQL cannot type (free-form objects,
 * mixed unions) are {@code JSON}. Object types are named after their spec schema.
 */
final class SpecShapes {

	static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

	private static final String REF_PREFIX = "#/components/schemas/";

	private static final String KEY_VALUES = "KeyValues";

	private final MauticApiContract contract;

	private final GraphQlMapping mapping;

	private final TypeExtension extension;

	private final Map<String, TypeDef> types = new TreeMap<>();

	private final Map<FieldCoordinates, FieldBinding> bindings;

	private final Set<String> building = new HashSet<>();

	private final EnumShapes enums;

	SpecShapes(MauticApiContract contract, GraphQlMapping mapping, Map<FieldCoordinates, FieldBinding> bindings,
			TypeExtension extension) {
		this.contract = contract;
		this.mapping = mapping;
		this.bindings = bindings;
		this.extension = extension;
		this.enums = new EnumShapes(mapping.enums());
	}

	EnumShapes enums() {
		return this.enums;
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
		GraphQlType namedEnum = namedEnum(this.contract, this.enums, node);
		if (namedEnum != null) {
			return namedEnum;
		}
		GraphQlType referenced = throughReference(this.contract, node, context, this::objectType, this::typeOf);
		if (referenced != null) {
			return referenced;
		}
		if (node.has("oneOf") || node.has("anyOf")) {
			return unionType(node.has("oneOf") ? node.get("oneOf") : node.get("anyOf"), context);
		}
		String type = node.path("type").asString("");
		return switch (type) {
			case "array" ->
				node.path("items").isEmpty() ? GraphQlType.JSON.asList() : typeOf(node.get("items"), context).asList();
			case "object" -> objectShape(node, context);
			case "string" -> stringType(node, context);
			case "integer" -> isQuirk(node, "integer-boolean") || isZeroOne(node)
					? GraphQlType.scalar("Boolean").shaped(ValueShape.BOOLEAN) : GraphQlType.scalar("Int");
			case "number" ->
				isQuirk(node, "float-for-integer") ? GraphQlType.scalar("Int") : GraphQlType.scalar("Float");
			case "boolean" -> GraphQlType.scalar("Boolean");
			default -> GraphQlType.JSON;
		};
	}

	/**
	 * The enum a reference to a named string enumeration stands for, named after the
	 * schema, or null.
	 */
	static @Nullable GraphQlType namedEnum(MauticApiContract contract, EnumShapes enums, JsonNode node) {
		if (node.has("$ref") && node.get("$ref").asString().startsWith(REF_PREFIX)) {
			return enums.enumType(contract.resolve(node), node.get("$ref").asString().substring(REF_PREFIX.length()));
		}
		return null;
	}

	/**
	 * What a reference or a single {@code allOf} stands for, for output and input types
	 * alike.
	 * @param named the type of a named object schema, from its name and schema
	 * @param shape the type of any other schema node, from the node and the context name
	 * @return the type, or null when the node is neither a reference nor a single
	 * {@code allOf}
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
	 * Whether a property may be missing or null in an answer: OpenAPI 3.0.3 gives
	 * {@code nullable} a meaning only next to a {@code type}, so a union that may be null
	 * says so on one of its alternatives.
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
			String fieldName = typeMapping.rename().getOrDefault(key, camelCase(key));
			if (typeMapping.exclude().contains(key) || !GRAPHQL_NAME.matcher(fieldName).matches()
					|| carriesNothing(property.getValue())) {
				continue;
			}
			if (type.hasField(fieldName)) {
				throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + type.name() + "." + key
						+ " would be the field " + fieldName + ", which the type has already; rename one");
			}
			String itemKey = typeMapping.pluck().get(key);
			if (itemKey != null) {
				addPlucked(type, fieldName, key, itemKey, property.getValue());
				continue;
			}
			GraphQlType fieldType = isQuirk(this.contract.resolve(property.getValue()), "php-serialized")
					? GraphQlType.JSON.shaped(ValueShape.PHP_SERIALIZED)
					: identified(fieldName, typeOf(property.getValue(), type.name() + capitalized(fieldName)));
			boolean none = fieldType.kind() == GraphQlType.Kind.OBJECT && emptyArrayAlternative(property.getValue());
			// Lists are [] when empty, but a value that is one text or several is null
			// when it is neither.
			boolean nonNull = (fieldType.list() && fieldType.shape() != ValueShape.TEXT_LIST)
					|| isQuirk(property.getValue(), "null-id-after-delete")
					|| (required.contains(key) && !nullable(property.getValue()) && !none);
			String deprecation = property.getValue().path("deprecated").asBoolean(false)
					? "Mautic 5.1 never sends it: always null." : null;
			type.fields()
				.add(new FieldDef(fieldName, fieldType.render(nonNull), description(property.getValue()), List.of(),
						deprecation));
			this.bindings.put(FieldCoordinates.coordinates(type.name(), fieldName),
					new Property(key, valueShape(fieldType), fieldType.wrapKey()));
		}
	}

	/**
	 * An id, or a reference to one ({@code contactId}), given as a number or as digits:
	 * {@code ID}.
	 */
	static GraphQlType identified(String fieldName, GraphQlType type) {
		boolean idName = fieldName.equals("id") || fieldName.endsWith("Id") || fieldName.endsWith("Ids")
				|| fieldName.equals("ids");
		return (idName && type.name().equals("Int")) ? new GraphQlType("ID", type.list(), GraphQlType.Kind.SCALAR)
				: type;
	}

	/**
	 * snake_case to camelCase ({@code date_added} → {@code dateAdded}); other names stay.
	 */
	static String camelCase(String name) {
		if (name.indexOf('_') <= 0) {
			return name;
		}
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : name.toCharArray()) {
			if (c == '_') {
				upper = camel.length() > 0;
				continue;
			}
			camel.append(upper ? Character.toUpperCase(c) : c);
			upper = false;
		}
		return camel.toString();
	}

	// A property that only ever holds Mautic's placeholder for nothing ({} or [] in every
	// answer).
	private boolean carriesNothing(JsonNode property) {
		JsonNode resolved = this.contract.resolve(property);
		if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
			resolved = this.contract.resolve(resolved.get("allOf").get(0));
		}
		return isQuirk(resolved, "empty-object-placeholder") || isEmptyArray(resolved);
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
		if (type.shape() != null) {
			return type.shape();
		}
		if (type.list()) {
			return ValueShape.LIST;
		}
		if (type.kind() == GraphQlType.Kind.OBJECT) {
			return ValueShape.OBJECT;
		}
		return switch (type.name()) {
			case "DateTime" -> ValueShape.DATE_TIME;
			case "Date" -> ValueShape.DATE;
			default -> ValueShape.VALUE;
		};
	}

	// Alternatives that only stand for Mautic's empty [] are dropped (an empty list is an
	// empty list); several object
	// variants of one entity (full, minimal, select[]) are given as the first, the full
	// one, which is what the gateway
	// asks for; anything else cannot be typed in GraphQL.
	private GraphQlType unionType(JsonNode alternatives, String context) {
		List<JsonNode> kept = new ArrayList<>();
		alternatives.forEach((alternative) -> {
			JsonNode resolved = this.contract.resolve(alternative);
			if (!isEmptyArray(resolved) && !isJsonNull(resolved)) {
				kept.add(alternative);
			}
		});
		if (kept.size() == 1) {
			return typeOf(kept.get(0), context);
		}
		List<JsonNode> resolved = kept.stream().map(this.contract::resolve).toList();
		JsonNode indexedItems = (kept.size() == 2) ? indexedItems(kept.get(0), kept.get(1)) : null;
		if (indexedItems != null) {
			// The same items as an array or an index-keyed map (a batch answer): a list
			// either way.
			return typeOf(indexedItems, context).asList();
		}
		if (kept.size() == 2 && isText(resolved.get(0)) && kept.get(1).has("$ref")) {
			// Text or an object with one required text property (a label, or a label with
			// its link): the object.
			JsonNode object = resolved.get(1);
			JsonNode requiredKeys = object.path("required");
			if (isObjectWithProperties(object) && requiredKeys.size() == 1
					&& isText(object.path("properties").path(requiredKeys.get(0).asString()))) {
				return typeOf(kept.get(1), context).wrapping(requiredKeys.get(0).asString());
			}
		}
		if (resolved.stream().allMatch((alternative) -> isScalar(alternative)) && resolved.size() == 2
				&& resolved.stream().anyMatch((alternative) -> "number".equals(alternative.path("type").asString("")))
				&& resolved.stream().anyMatch(SpecShapes::isText)) {
			// A number Mautic sends as a number or as text (a coordinate): a number.
			return GraphQlType.scalar("Float").shaped(ValueShape.NUMBER);
		}
		if (resolved.stream()
			.allMatch((alternative) -> isScalar(alternative) || isListOf(alternative, SpecShapes::isScalar))) {
			// One value or several (a filter's): the texts.
			return GraphQlType.scalar("String").asList().shaped(ValueShape.TEXT_LIST);
		}
		if (resolved.stream()
			.allMatch((alternative) -> isListOf(alternative, SpecShapes::isText) || isTextsMap(alternative))) {
			return keyValues();
		}
		boolean allObjects = !kept.isEmpty() && kept.stream()
			.allMatch((alternative) -> alternative.has("$ref")
					&& isObjectWithProperties(this.contract.resolve(alternative)));
		return allObjects ? typeOf(kept.get(0), context) : GraphQlType.JSON;
	}

	private static boolean isText(JsonNode schema) {
		return "string".equals(schema.path("type").asString("")) && !schema.has("enum");
	}

	private static boolean isScalar(JsonNode schema) {
		return Set.of("string", "number", "integer", "boolean").contains(schema.path("type").asString(""));
	}

	private boolean isListOf(JsonNode schema, java.util.function.Predicate<JsonNode> item) {
		if (!"array".equals(schema.path("type").asString(""))) {
			return false;
		}
		JsonNode typed = itemsRef(schema, "items");
		JsonNode items = this.contract.resolve((typed != null) ? typed : schema.path("items"));
		if (items.has("oneOf")) {
			List<JsonNode> forms = new ArrayList<>();
			items.get("oneOf").forEach((form) -> forms.add(this.contract.resolve(form)));
			return forms.stream().allMatch(item);
		}
		return item.test(items);
	}

	// A map whose values are texts or lists of texts (query parameters, a form's messages
	// by field).
	private boolean isTextsMap(JsonNode schema) {
		JsonNode values = this.contract.resolve(schema.path("additionalProperties"));
		if (!"object".equals(schema.path("type").asString("")) || !values.isObject() || values.isEmpty()) {
			return false;
		}
		if (values.has("oneOf")) {
			List<JsonNode> forms = new ArrayList<>();
			values.get("oneOf").forEach((form) -> forms.add(this.contract.resolve(form)));
			return forms.stream().allMatch((form) -> isText(form) || isListOf(form, SpecShapes::isText));
		}
		return isText(values) || isListOf(values, SpecShapes::isText);
	}

	// The entries of a map of texts: {key, values}.
	private GraphQlType keyValues() {
		if (!this.types.containsKey(KEY_VALUES)) {
			TypeDef entry = new TypeDef(KEY_VALUES, "One key of a map and its values (a query parameter, a field's "
					+ "messages); values that Mautic sends as one text are a list of one.");
			entry.fields().add(new FieldDef("key", "String", "The key; null for values that have none."));
			entry.fields().add(new FieldDef("values", "[String!]!", "The values."));
			this.types.put(KEY_VALUES, entry);
			this.bindings.put(FieldCoordinates.coordinates(KEY_VALUES, "key"), new Property("key", ValueShape.VALUE));
			this.bindings.put(FieldCoordinates.coordinates(KEY_VALUES, "values"),
					new Property("values", ValueShape.LIST));
		}
		return new GraphQlType(KEY_VALUES, true, GraphQlType.Kind.OBJECT, ValueShape.KEY_VALUES, null);
	}

	// The items of an array and of a map holding the same items (in either order), or
	// null.
	private @Nullable JsonNode indexedItems(JsonNode first, JsonNode second) {
		JsonNode arrayItems = itemsRef(first, "items");
		JsonNode mapValues = itemsRef(second, "additionalProperties");
		if (arrayItems == null || mapValues == null) {
			arrayItems = itemsRef(second, "items");
			mapValues = itemsRef(first, "additionalProperties");
		}
		boolean same = arrayItems != null && mapValues != null && (arrayItems.equals(mapValues)
				|| this.contract.resolve(arrayItems).equals(this.contract.resolve(mapValues)));
		return same ? arrayItems : null;
	}

	private @Nullable JsonNode itemsRef(JsonNode alternative, String key) {
		return itemsOf(this.contract, alternative, key);
	}

	/**
	 * The schema of an array's items or a map's values, or null when untyped. An array
	 * may type its items in an {@code allOf} (the spec leaves them untyped for code
	 * generators that cannot read a list of entities inside a union).
	 * @param contract the contract that resolves references
	 * @param schema the array or map, or a reference to it
	 * @param key {@code items} or {@code additionalProperties}
	 * @return the items' schema, or null
	 */
	static @Nullable JsonNode itemsOf(MauticApiContract contract, JsonNode schema, String key) {
		JsonNode resolved = contract.resolve(schema);
		if (resolved.path(key).has("$ref")) {
			return resolved.get(key);
		}
		for (JsonNode member : resolved.path("allOf")) {
			if (member.path(key).isObject() && !member.path(key).isEmpty()) {
				return member.get(key);
			}
		}
		return (resolved.path(key).isObject() && !resolved.path(key).isEmpty()) ? resolved.get(key) : null;
	}

	private GraphQlType objectShape(JsonNode node, String context) {
		if (isObjectWithProperties(node)) {
			return objectType(context, node);
		}
		if (isTextsMap(node)) {
			return keyValues();
		}
		JsonNode values = node.path("additionalProperties");
		if (values.isObject() && (values.has("$ref") || isObjectWithProperties(values))) {
			// An id-keyed map (Mautic's collections): its values, in the server's order,
			// as a list.
			GraphQlType valueType = typeOf(values, context + "Item");
			return (valueType.kind() == GraphQlType.Kind.OBJECT) ? valueType.asList() : GraphQlType.JSON;
		}
		return GraphQlType.JSON;
	}

	private GraphQlType stringType(JsonNode node, String context) {
		if ("date-time".equals(node.path("format").asString("")) || isQuirk(node, "sql-datetime")) {
			return GraphQlType.scalar("DateTime");
		}
		if ("date".equals(node.path("format").asString(""))) {
			return GraphQlType.scalar("Date");
		}
		if (isQuirk(node, "integer-boolean") || isZeroOne(node)) {
			return GraphQlType.scalar("Boolean").shaped(ValueShape.BOOLEAN);
		}
		GraphQlType enumType = this.enums.enumType(node, context);
		if (enumType != null) {
			return enumType;
		}
		return isQuirk(node, "string-number") ? GraphQlType.scalar("Int") : GraphQlType.scalar("String");
	}

	// An enumeration of exactly 0 and 1 (as numbers or text): a flag.
	static boolean isZeroOne(JsonNode node) {
		Set<String> values = new HashSet<>();
		node.path("enum").forEach((value) -> values.add(value.isString() ? value.asString() : value.toString()));
		return values.equals(Set.of("0", "1"));
	}

	static boolean isQuirk(JsonNode node, String quirk) {
		return quirk.equals(node.path("x-mautic-quirk").asString(""));
	}

	/**
	 * Whether a union's alternative is JSON null ({@code nullable} with
	 * {@code enum: [null]}): the spec's way of saying a union may be null, which GraphQL
	 * says by nullability instead.
	 */
	static boolean isJsonNull(JsonNode node) {
		JsonNode values = node.path("enum");
		return node.path("nullable").asBoolean(false) && values.size() == 1 && values.get(0).isNull();
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

	/**
	 * Adds the declared fields (custom fields, relationships) to an object type once its
	 * properties are in.
	 */
	@FunctionalInterface
	interface TypeExtension {

		void extend(String schemaName, TypeDef type);

	}

}
