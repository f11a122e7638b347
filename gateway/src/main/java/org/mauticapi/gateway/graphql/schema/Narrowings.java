package org.mauticapi.gateway.graphql.schema;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.FieldCoordinates;
import tools.jackson.databind.JsonNode;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.graphql.schema.FieldBinding.CustomField;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldByAlias;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldValues;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Narrowing;
import org.mauticapi.gateway.graphql.schema.FieldBinding.OperationCall;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Plucked;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Zipped;

/**
 * Derives, once every type is, what each narrowing list read may leave out: which item
 * fields a minimal item still answers (by the JSON keys their bindings read, and the
 * parent properties a relation's parameters need), and which custom field alias each item
 * field reads.
 */
final class Narrowings {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	private Narrowings() {
	}

	static void derive(MauticApiContract contract, List<OperationFields.Narrowed> narrowed,
			Map<FieldCoordinates, FieldBinding> bindings) {
		for (OperationFields.Narrowed field : narrowed) {
			GraphQlMapping.Narrow narrow = field.narrow();
			Set<String> kept = new HashSet<>();
			if (narrow.minimal() != null) {
				JsonNode properties = contract.document().at("/components/schemas/" + narrow.minimal() + "/properties");
				if (properties.isMissingNode()) {
					throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION + ": " + field.field()
							+ " narrows to " + narrow.minimal() + ", which the spec does not declare");
				}
				properties.propertyNames().forEach(kept::add);
			}
			Set<String> minimalFields = new HashSet<>();
			Map<String, String> aliases = new LinkedHashMap<>();
			Set<String> aliasArguments = new HashSet<>();
			Set<String> allValues = new HashSet<>();
			bindings.forEach((coordinates, binding) -> {
				if (!coordinates.getTypeName().equals(field.itemType())) {
					return;
				}
				String name = coordinates.getFieldName();
				if (kept.containsAll(keysRead(binding))) {
					minimalFields.add(name);
				}
				if (binding instanceof CustomField custom) {
					aliases.put(name, custom.alias());
				}
				else if (binding instanceof FieldByAlias) {
					aliasArguments.add(name);
				}
				else if (binding instanceof FieldValues) {
					allValues.add(name);
				}
			});
			OperationCall call = (OperationCall) bindings.get(field.field());
			bindings.put(field.field(),
					call.withNarrowing(new Narrowing((narrow.minimal() != null) ? "minimal" : null,
							Set.copyOf(minimalFields), narrow.select(), narrow.always(), Map.copyOf(aliases),
							Set.copyOf(aliasArguments), Set.copyOf(allValues))));
		}
	}

	// The top-level JSON keys of the item a field's binding reads; a key no item has for
	// what it cannot tell.
	private static Set<String> keysRead(FieldBinding binding) {
		if (binding instanceof Property property) {
			return Set.of(property.key());
		}
		if (binding instanceof Plucked plucked) {
			return Set.of(plucked.key());
		}
		if (binding instanceof CustomField custom) {
			return Set.of(custom.values().path().get(0));
		}
		if (binding instanceof FieldByAlias byAlias) {
			return Set.of(byAlias.values().path().get(0));
		}
		if (binding instanceof FieldValues values) {
			return Set.of(values.values().path().get(0));
		}
		if (binding instanceof Zipped zipped) {
			return Set.copyOf(zipped.from().values());
		}
		if (binding instanceof OperationCall relation) {
			Set<String> keys = new HashSet<>();
			for (Param param : relation.params()) {
				if (param.template() != null) {
					Matcher placeholder = PLACEHOLDER.matcher(param.template());
					while (placeholder.find()) {
						keys.add(placeholder.group(1));
					}
				}
			}
			return keys;
		}
		return Set.of("\0");
	}

}
