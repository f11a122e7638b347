package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.gateway.graphql.schema.FieldBinding.CustomField;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldByAlias;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldValues;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Plucked;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;

/**
 * Fetchers that read a field from its parent's JSON, normalised as the derived schema says.
 */
final class JsonFieldFetchers {

	private JsonFieldFetchers() {
	}

	static DataFetcher<?> property(Property property) {
		return (environment) -> normalised(value(environment.getSource(), property.key()), property.shape());
	}

	static DataFetcher<?> plucked(Plucked plucked) {
		return (environment) -> JsonValues.list(value(environment.getSource(), plucked.key()))
			.stream()
			.map((item) -> value(item, plucked.itemKey()))
			.filter((value) -> value != null)
			.toList();
	}

	static DataFetcher<?> customField(CustomField field) {
		return (environment) -> typed(value(JsonValues.at(environment.getSource(), field.valuesPath()), field.alias()),
				field.scalar());
	}

	static DataFetcher<?> fieldByAlias(FieldByAlias field) {
		return (environment) -> text(value(JsonValues.at(environment.getSource(), field.valuesPath()),
				environment.getArgument("alias")));
	}

	static DataFetcher<?> fieldValues(FieldValues field) {
		return (environment) -> {
			List<Map<String, Object>> values = new ArrayList<>();
			if (JsonValues.at(environment.getSource(), field.valuesPath()) instanceof Map<?, ?> all) {
				all.forEach((alias, value) -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("alias", alias);
					entry.put("value", text(value));
					values.add(entry);
				});
			}
			return values;
		};
	}

	private static @Nullable Object value(@Nullable Object source, @Nullable String key) {
		return (source instanceof Map<?, ?> object && key != null) ? object.get(key) : null;
	}

	private static @Nullable Object normalised(@Nullable Object value, ValueShape shape) {
		return switch (shape) {
			case LIST -> JsonValues.list(value);
			case DATE_TIME -> (value instanceof String text && text.isBlank()) ? null : value;
			case VALUE -> value;
			case OBJECT -> (value instanceof List<?>) ? null : value;
		};
	}

	// Field values in fields.all are what the database holds: "" for empty, "1"/"0" for booleans, numbers as text.
	private static @Nullable Object typed(@Nullable Object value, String scalar) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return null;
		}
		if (scalar.equals("Boolean") && !(value instanceof Boolean)) {
			return !("0".equals(String.valueOf(value)) || "false".equals(String.valueOf(value)));
		}
		return value;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null || (value instanceof String text && text.isEmpty())) {
			return null;
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			return JsonMapper.shared().writeValueAsString(value);
		}
		return String.valueOf(value);
	}

}
