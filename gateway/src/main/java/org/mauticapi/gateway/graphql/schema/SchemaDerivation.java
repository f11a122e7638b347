package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.FieldCoordinates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.FieldBinding.CustomField;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldByAlias;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldValues;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValuesAt;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Zipped;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping.CustomFields;
import org.mauticapi.gateway.graphql.schema.GraphQlMapping.OperationBinding;
import org.mauticapi.gateway.graphql.schema.TypeDef.ArgDef;
import org.mauticapi.gateway.graphql.schema.TypeDef.FieldDef;

/**
 * Derives the GraphQL schema from the contract and the mapping beside it: the spec's
 * schemas give the types and the request bodies the input types, the mapping's bindings
 * give {@code Query}, {@code Mutation} and the relationships, and every field gets a
 * {@link FieldBinding} that tells the gateway how to answer it, so a new operation with
 * its mapping needs no hand-written resolver.
 */
public final class SchemaDerivation {

	private static final Logger logger = LoggerFactory.getLogger(SchemaDerivation.class);

	private final MauticApiContract contract;

	private final GraphQlMapping mapping;

	private final Map<FieldCoordinates, FieldBinding> bindings = new LinkedHashMap<>();

	private final SpecShapes shapes;

	private final InputShapes inputs;

	private final OperationFields operationFields;

	private final List<InstanceField> instanceFields;

	private SchemaDerivation(MauticApiContract contract, GraphQlMapping mapping, List<InstanceField> instanceFields) {
		this.contract = contract;
		this.mapping = mapping;
		this.instanceFields = instanceFields;
		this.shapes = new SpecShapes(contract, mapping, this.bindings, this::extend);
		this.inputs = new InputShapes(contract, mapping, this.shapes.types(), this.shapes.enums(), instanceFields);
		this.operationFields = new OperationFields(contract, this.shapes, this.inputs, this.bindings);
	}

	/**
	 * Derives the schema.
	 * @param contract the contract
	 * @param mapping the mapping
	 * @return the SDL and the binding of each field
	 */
	public static DerivedSchema derive(MauticApiContract contract, GraphQlMapping mapping) {
		return derive(contract, mapping, List.of());
	}

	/**
	 * Derives the schema with typed fields for one instance's custom fields.
	 * @param contract the contract
	 * @param mapping the mapping
	 * @param instanceFields the instance's contact fields: each that is not a field yet
	 * becomes a typed field of the type with custom fields, and of the inputs with
	 * additional entries
	 * @return the SDL and the binding of each field
	 */
	public static DerivedSchema derive(MauticApiContract contract, GraphQlMapping mapping,
			List<InstanceField> instanceFields) {
		return new SchemaDerivation(contract, mapping, instanceFields).derive();
	}

	private DerivedSchema derive() {
		TypeDef query = new TypeDef("Query", "Reads of the Mautic API, derived from its contract.");
		this.mapping.query()
			.forEach((name, binding) -> query.fields().add(this.operationFields.field(query.name(), name, binding)));
		Map<String, TypeDef> types = new LinkedHashMap<>();
		types.put(query.name(), query);
		if (!this.mapping.mutation().isEmpty()) {
			TypeDef mutation = new TypeDef("Mutation",
					"Writes to the Mautic API, derived from its contract; each is one "
							+ "upstream call, made in the order of the document.");
			this.mapping.mutation()
				.forEach((name, binding) -> mutation.fields().add(this.operationFields.mutation(name, binding)));
			types.put(mutation.name(), mutation);
		}
		types.putAll(this.shapes.types());
		types.replaceAll((name, type) -> described(type));
		Narrowings.derive(this.contract, this.operationFields.narrowed(), this.bindings);
		Map<String, Map<String, String>> enums = new LinkedHashMap<>();
		this.shapes.enums().enums().forEach((name, definition) -> enums.put(name, Map.copyOf(definition.values())));
		return new DerivedSchema(SdlWriter.write(types.values(), this.shapes.enums().enums().values()),
				Map.copyOf(this.bindings), Map.copyOf(this.inputs.bindings()), Map.copyOf(enums));
	}

	// The mapping's descriptions for GraphQL users in place of the spec's, which speak of
	// the REST API.
	private TypeDef described(TypeDef type) {
		if (this.mapping.descriptions().isEmpty()) {
			return type;
		}
		List<FieldDef> fields = new ArrayList<>();
		for (FieldDef field : type.fields()) {
			String coordinates = type.name() + "." + field.name();
			List<ArgDef> args = field.args()
				.stream()
				.map((arg) -> new ArgDef(arg.name(), arg.type(), arg.defaultValue(),
						this.mapping.descriptions()
							.getOrDefault(coordinates + "(" + arg.name() + ")",
									this.mapping.descriptions()
										.getOrDefault("(" + arg.name() + ")", arg.description()))))
				.toList();
			fields.add(new FieldDef(field.name(), field.type(),
					this.mapping.descriptions().getOrDefault(coordinates, field.description()), args,
					field.deprecation()));
		}
		return new TypeDef(type.name(), type.description(), fields, type.input());
	}

	private void extend(String schemaName, TypeDef type) {
		GraphQlMapping.TypeMapping typeMapping = this.mapping.type(schemaName);
		if (typeMapping.customFields() != null) {
			addCustomFields(type, typeMapping.customFields());
		}
		typeMapping.zip().forEach((name, zip) -> addZipped(schemaName, type, name, zip));
		typeMapping.relations().forEach((name, binding) -> type.fields().add(relation(type, name, binding)));
		typeMapping.parent().forEach((name, parentType) -> {
			type.fields()
				.add(new FieldDef(name, parentType, "The " + parentType + " this " + type.name()
						+ " was listed for (no further call); null where it was not reached from one (a mutation's answer)."));
			bind(type, name, new FieldBinding.ParentObject());
		});
	}

	// One list of items, each with the index and the value every zipped property holds at
	// that index.
	private void addZipped(String schemaName, TypeDef type, String fieldName, GraphQlMapping.Zip zip) {
		JsonNode properties = this.contract.document().at("/components/schemas/" + schemaName + "/properties");
		TypeDef item = new TypeDef(zip.type(),
				"One item of `" + fieldName + "`: what " + type.name() + " holds at one " + zip.index() + ".");
		item.fields().add(new FieldDef(zip.index(), "Int!", "The " + zip.index() + " of the item (in the request)."));
		bind(item, zip.index(), new Property(zip.index(), ValueShape.VALUE));
		zip.from().forEach((itemField, property) -> {
			JsonNode values = indexedValues(properties.path(property));
			if (values.isMissingNode()) {
				throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + type.name() + " zips "
						+ property + ", which is not a list or map of " + schemaName);
			}
			GraphQlType valueType = SpecShapes.identified(itemField,
					this.shapes.typeOf(values, zip.type() + SpecShapes.capitalized(itemField)));
			item.fields()
				.add(new FieldDef(itemField, valueType.render(false),
						SpecShapes.description(this.contract.resolve(properties.path(property)))));
			bind(item, itemField, new Property(itemField, SpecShapes.valueShape(valueType)));
		});
		this.shapes.types().put(item.name(), item);
		type.fields()
			.add(new FieldDef(fieldName, "[" + item.name() + "!]!",
					"The items of " + String.join(", ", zip.from().values()) + " together, by " + zip.index() + "."));
		bind(type, fieldName, new Zipped(zip.index(), zip.from()));
	}

	// The schema of the values of a list or key-value map (the first form of a oneOf).
	private JsonNode indexedValues(JsonNode property) {
		JsonNode resolved = this.contract.resolve(property);
		if (resolved.has("oneOf")) {
			resolved = this.contract.resolve(resolved.get("oneOf").get(0));
		}
		if (resolved.has("items")) {
			return resolved.get("items");
		}
		return resolved.path("additionalProperties").isObject() ? resolved.get("additionalProperties")
				: MissingNode.getInstance();
	}

	private FieldDef relation(TypeDef type, String name, OperationBinding binding) {
		return this.operationFields.field(type.name(), name, binding);
	}

	private void addCustomFields(TypeDef type, CustomFields customFields) {
		ValuesAt valuesPath = new ValuesAt(Arrays.asList(customFields.values().split("\\.")),
				(customFields.gathered() != null) ? Arrays.asList(customFields.gathered().split("\\.")) : List.of());
		JsonNode typed = this.contract.document().at("/components/schemas/" + customFields.typed());
		if (typed.isMissingNode()) {
			throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": customFields.typed names "
					+ customFields.typed() + ", which the spec does not declare");
		}
		for (Map.Entry<String, JsonNode> property : typed.get("properties").properties()) {
			String alias = property.getKey();
			String fieldName = SpecShapes.camelCase(alias);
			if (customFields.exclude().contains(alias) || type.hasField(fieldName)
					|| !SpecShapes.GRAPHQL_NAME.matcher(fieldName).matches()) {
				continue;
			}
			String scalar = customFields.scalars().get(alias);
			GraphQlType fieldType = (scalar != null) ? GraphQlType.scalar(scalar)
					: this.shapes.typeOf(property.getValue(), type.name());
			if (fieldType.isScalar() && !fieldType.equals(GraphQlType.JSON)
					&& fieldType.kind() != GraphQlType.Kind.ENUM) {
				type.fields()
					.add(new FieldDef(fieldName, fieldType.render(false), SpecShapes.description(property.getValue())));
				bind(type, fieldName, new CustomField(valuesPath, alias, fieldType.name(), false));
			}
		}
		Set<String> later = new HashSet<>(List.of("field", "fieldValues"));
		later.addAll(this.mapping.type(type.name()).relations().keySet());
		later.addAll(this.mapping.type(type.name()).zip().keySet());
		addInstanceFields(type, valuesPath, later);
		type.fields()
			.add(new FieldDef("field", "String", "The value of any contact field, custom fields included, by alias.",
					List.of(new ArgDef("alias", "String!", null,
							"The field alias, e.g. `city` or a custom field's alias."))));
		bind(type, "field", new FieldByAlias(valuesPath));
		type.fields()
			.add(new FieldDef("fieldValues", "[FieldValue!]!",
					"Every field value of the contact, custom fields included."));
		bind(type, "fieldValues", new FieldValues(valuesPath));
		if (!this.shapes.types().containsKey("FieldValue")) {
			TypeDef fieldValue = new TypeDef("FieldValue", "One contact field value.");
			fieldValue.fields().add(new FieldDef("alias", "String!", "The field alias."));
			fieldValue.fields().add(new FieldDef("value", "String", "The value as text, null when empty."));
			this.shapes.types().put(fieldValue.name(), fieldValue);
			bind(fieldValue, "alias", new Property("alias", ValueShape.VALUE));
			bind(fieldValue, "value", new Property("value", ValueShape.VALUE));
		}
	}

	// The instance's custom fields, typed by their Mautic type; a field the type has
	// already (a core field) stays as
	// it is, and aliases that are no GraphQL name or that another field of the type holds
	// are left out and logged.
	private void addInstanceFields(TypeDef type, ValuesAt values, Set<String> later) {
		List<String> added = new ArrayList<>();
		List<String> notNames = new ArrayList<>();
		List<String> clashes = new ArrayList<>();
		for (InstanceField field : this.instanceFields) {
			String alias = field.alias();
			String fieldName = SpecShapes.camelCase(alias);
			if (!SpecShapes.GRAPHQL_NAME.matcher(fieldName).matches()) {
				notNames.add(alias);
			}
			else if (type.hasField(fieldName) || later.contains(fieldName)) {
				if (!(this.bindings
					.get(FieldCoordinates.coordinates(type.name(), fieldName)) instanceof CustomField same
						&& same.alias().equals(alias))) {
					clashes.add(alias);
				}
			}
			else {
				String scalar = field.outputScalar();
				type.fields()
					.add(new FieldDef(fieldName, field.list() ? "[" + scalar + "!]" : scalar,
							"The custom field `" + alias + "` (" + field.type() + ") of this Mautic."));
				bind(type, fieldName, new CustomField(values, alias, scalar, field.list()));
				added.add(alias);
			}
		}
		if (!this.instanceFields.isEmpty()) {
			logger
				.info("Typed custom fields of {}: {}; left out as not GraphQL names: {}; left out as another field of "
						+ "{} has the name: {}", type.name(), added, notNames, type.name(), clashes);
		}
	}

	private void bind(TypeDef type, String field, FieldBinding binding) {
		this.bindings.put(FieldCoordinates.coordinates(type.name(), field), binding);
	}

}
