package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.Narrowing;

/**
 * The parameters that ask Mautic for only what a list field's selection reads of its
 * items: {@code minimal=true} when no selected field needs what a minimal item lacks, and
 * {@code select[]} with the field aliases the selection reads when it reads no whole set
 * of values and no field by its alias argument. Both are part of the lookup's key, so a
 * lookup that needs more never shares a narrower answer.
 */
final class SelectionNarrowing {

	private SelectionNarrowing() {
	}

	/**
	 * The narrowing parameters, in a stable order.
	 * @param narrowing what the field may narrow
	 * @param selection the field's selection
	 * @param connection whether the items are under {@code nodes} and {@code edges.node}
	 * @return the parameters to add
	 */
	static List<Map.Entry<String, String>> parameters(Narrowing narrowing, DataFetchingFieldSelectionSet selection,
			boolean connection) {
		List<SelectedField> items = new ArrayList<>();
		if (connection) {
			items.addAll(selection.getFields("nodes/*"));
			items.addAll(selection.getFields("edges/node/*"));
		}
		else {
			items.addAll(selection.getImmediateFields());
		}
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		if (narrowing.minimalParam() != null && items.stream()
			.allMatch((field) -> field.getName().startsWith("__")
					|| narrowing.minimalFields().contains(field.getName()))) {
			parameters.add(Map.entry(narrowing.minimalParam(), "true"));
		}
		if (narrowing.selectParam() != null) {
			Set<String> aliases = aliases(narrowing, items);
			if (aliases != null) {
				aliases.addAll(narrowing.selectAlways());
				aliases.forEach((alias) -> parameters.add(Map.entry(narrowing.selectParam(), alias)));
			}
		}
		return parameters;
	}

	// The aliases the items' selected fields read, or null when one reads them all (or an
	// alias not known yet).
	private static @Nullable Set<String> aliases(Narrowing narrowing, List<SelectedField> items) {
		Set<String> aliases = new TreeSet<>();
		for (SelectedField field : items) {
			if (narrowing.allValuesFields().contains(field.getName())) {
				return null;
			}
			// Mautic 5.1.0's select[] names entity columns only: a custom field listed
			// there comes back without
			// its value (recording 149), so a field read by its alias needs every value.
			if (narrowing.aliasArgumentFields().contains(field.getName())) {
				return null;
			}
			String alias = narrowing.fieldAliases().get(field.getName());
			if (alias != null) {
				aliases.add(alias);
			}
		}
		return aliases;
	}

}
