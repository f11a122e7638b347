package org.mauticapi.gateway.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.DerivedSchema;
import org.mauticapi.gateway.graphql.schema.FieldBinding;

/**
 * Wires a fetcher to every field of the derived schema from its {@link FieldBinding}: no
 * field has a hand-written resolver.
 */
final class BoundFieldsWiring implements RuntimeWiringConfigurer {

	private final DerivedSchema schema;

	private final GraphQlProperties properties;

	private final InputValues inputs;

	private final ContractCheck contract;

	private final java.util.Set<FieldCoordinates> parentFields;

	BoundFieldsWiring(DerivedSchema schema, GraphQlProperties properties, GraphQlLimitsProperties limits,
			MauticApiContract contract) {
		this.schema = schema;
		this.properties = properties;
		this.inputs = new InputValues(schema.inputs(), limits.maxInputDepth());
		this.contract = new ContractCheck(contract);
		this.parentFields = schema.bindings()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() instanceof FieldBinding.ParentObject)
			.map(java.util.Map.Entry::getKey)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(Scalars.DATE_TIME).scalar(Scalars.DATE).scalar(Scalars.JSON);
		// Enum values are Mautic's own spellings inside the gateway: what it reads from
		// answers and sends.
		this.schema.enums()
			.forEach((name, values) -> builder.type(TypeRuntimeWiring.newTypeWiring(name).enumValues(values::get)));
		this.schema.bindings().forEach((coordinates, binding) -> wire(builder, coordinates, binding));
	}

	private void wire(RuntimeWiring.Builder builder, FieldCoordinates coordinates, FieldBinding binding) {
		DataFetcher<?> fetcher = fetcher(binding);
		builder.type(coordinates.getTypeName(), (type) -> type.dataFetcher(coordinates.getFieldName(), fetcher));
	}

	private DataFetcher<?> fetcher(FieldBinding binding) {
		if (binding instanceof FieldBinding.OperationCall call) {
			return new OperationFetcher(call, this.properties.maxPageSize(), this.inputs, this.contract,
					this.parentFields);
		}
		if (binding instanceof FieldBinding.BatchedLookup lookup) {
			return BatchedLookups.fetcher(lookup);
		}
		if (binding instanceof FieldBinding.ParentObject) {
			return ParentObjects.fetcher();
		}
		if (binding instanceof FieldBinding.OperationWrite write) {
			return new WriteFetcher(write, this.inputs, this.contract);
		}
		if (binding instanceof FieldBinding.CustomField field) {
			return JsonFieldFetchers.customField(field);
		}
		if (binding instanceof FieldBinding.FieldByAlias field) {
			return JsonFieldFetchers.fieldByAlias(field);
		}
		if (binding instanceof FieldBinding.Plucked plucked) {
			return JsonFieldFetchers.plucked(plucked);
		}
		if (binding instanceof FieldBinding.FieldValues field) {
			return JsonFieldFetchers.fieldValues(field);
		}
		if (binding instanceof FieldBinding.Zipped zipped) {
			return JsonFieldFetchers.zipped(zipped);
		}
		return JsonFieldFetchers.property((FieldBinding.Property) binding);
	}

}
