package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.TrivialDataFetcher;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.gateway.graphql.schema.FieldBinding.CustomField;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldByAlias;
import org.mauticapi.gateway.graphql.schema.FieldBinding.FieldValues;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Plucked;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Property;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;
import org.mauticapi.gateway.graphql.schema.FieldBinding.ValuesAt;
import org.mauticapi.gateway.graphql.schema.FieldBinding.Zipped;

/**
 * Fetchers that read a field from its parent's JSON, normalised as the derived schema
 * says. They are marked trivial: they only read memory, and an untrivial fetcher gets an
 * observation of its own from Spring GraphQL for every field of every node, which cost
 * more than the reading (thousands per query on a 50-contact page).
 */
final class JsonFieldFetchers {

	private JsonFieldFetchers() {
	}

	static TrivialDataFetcher<?> property(Property property) {
		if (property.shape() == ValueShape.WRAPPED) {
			return (environment) -> wrapped(value(environment.getSource(), property.key()), property.wrapKey());
		}
		return (environment) -> normalised(value(environment.getSource(), property.key()), property.shape());
	}

	static TrivialDataFetcher<?> plucked(Plucked plucked) {
		return (environment) -> JsonValues.list(value(environment.getSource(), plucked.key()))
			.stream()
			.map((item) -> value(item, plucked.itemKey()))
			.filter((value) -> value != null)
			.toList();
	}

	static TrivialDataFetcher<?> customField(CustomField field) {
		return (environment) -> {
			Object value = value(values(environment.getSource(), field.values()), field.alias());
			return field.list() ? items(value) : typed(value, field.scalar());
		};
	}

	static TrivialDataFetcher<?> fieldByAlias(FieldByAlias field) {
		return (environment) -> text(
				value(values(environment.getSource(), field.values()), environment.getArgument("alias")));
	}

	static TrivialDataFetcher<?> fieldValues(FieldValues field) {
		return (environment) -> {
			List<Map<String, Object>> values = new ArrayList<>();
			values(environment.getSource(), field.values()).forEach((alias, value) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("alias", alias);
				entry.put("value", text(value));
				values.add(entry);
			});
			return values;
		};
	}

	static TrivialDataFetcher<?> zipped(Zipped zipped) {
		return (environment) -> {
			Map<Integer, Map<String, Object>> items = new TreeMap<>();
			zipped.from()
				.forEach(
						(itemKey,
								key) -> byIndex(
										value(environment.getSource(), key))
									.forEach((index, value) -> items
										.computeIfAbsent(index,
												(first) -> new LinkedHashMap<>(Map.of(zipped.index(), first)))
										.put(itemKey, value)));
			return List.copyOf(items.values());
		};
	}

	// Mautic's index-keyed collections: a list while the keys are 0..n-1, a map with the
	// indexes as keys otherwise.
	private static Map<Integer, Object> byIndex(@Nullable Object value) {
		Map<Integer, Object> byIndex = new LinkedHashMap<>();
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				byIndex.put(i, list.get(i));
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> byIndex.put(Integer.parseInt(String.valueOf(key)), item));
		}
		return byIndex;
	}

	// The alias to value map, or, in a flattened serialisation without it, the values
	// gathered from their groups.
	private static Map<?, ?> values(@Nullable Object source, ValuesAt at) {
		if (JsonValues.at(source, at.path()) instanceof Map<?, ?> values) {
			return values;
		}
		Map<String, Object> gathered = new LinkedHashMap<>();
		if (!at.gathered().isEmpty()) {
			gather(source, at.gathered(), 0, null, gathered);
		}
		return gathered;
	}

	private static void gather(@Nullable Object node, List<String> pattern, int step, @Nullable String key,
			Map<String, Object> gathered) {
		if (step == pattern.size()) {
			if (key != null) {
				gathered.put(key, node);
			}
			return;
		}
		if (!(node instanceof Map<?, ?> object)) {
			return;
		}
		if (pattern.get(step).equals("*")) {
			object.forEach((name, value) -> gather(value, pattern, step + 1, String.valueOf(name), gathered));
		}
		else {
			gather(object.get(pattern.get(step)), pattern, step + 1, key, gathered);
		}
	}

	// A multiselect value: Mautic stores the choices pipe-joined.
	private static @Nullable List<String> items(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		if (value == null || String.valueOf(value).isEmpty()) {
			return null;
		}
		return List.of(String.valueOf(value).split("\\|"));
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
			case BOOLEAN -> JsonValues.flag(value);
			case NUMBER -> JsonValues.number(value);
			case DATE -> (value instanceof String text && text.length() >= 10) ? text.substring(0, 10) : null;
			case TEXT_LIST -> (value == null) ? null : JsonValues.texts(value);
			case KEY_VALUES -> keyValues(value);
			case PHP_SERIALIZED -> phpDecoded(value);
			case WRAPPED -> throw new IllegalStateException("A wrapped value needs its key");
		};
	}

	// Text or the object it stands for (a label, or a label with its link).
	private static @Nullable Object wrapped(@Nullable Object value, @Nullable String key) {
		if (value instanceof String text && key != null) {
			return Map.of(key, text);
		}
		return (value instanceof Map<?, ?>) ? value : null;
	}

	// {"page": "asd", "tags": ["a", "b"]} or ["message"] as [{key, values}].
	private static List<Map<String, Object>> keyValues(@Nullable Object value) {
		List<Map<String, Object>> entries = new ArrayList<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, values) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("key", String.valueOf(key));
				entry.put("values", JsonValues.texts(values));
				entries.add(entry);
			});
		}
		else if (value instanceof List<?> list && !list.isEmpty()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("key", null);
			entry.put("values", JsonValues.texts(list));
			entries.add(entry);
		}
		return entries;
	}

	private static @Nullable Object phpDecoded(@Nullable Object value) {
		if (!(value instanceof String text) || text.isBlank()) {
			return value;
		}
		try {
			return PhpSerialized.decode(text);
		}
		catch (IllegalArgumentException notSerialised) {
			return null;
		}
	}

	// Field values in fields.all are what the database holds: "" for empty, "1"/"0" for
	// booleans, numbers as text.
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
