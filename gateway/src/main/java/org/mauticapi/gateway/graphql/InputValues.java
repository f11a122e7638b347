package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.InputBinding;
import org.mauticapi.gateway.graphql.schema.InputBinding.Entry;
import org.mauticapi.gateway.graphql.schema.InputBinding.ObjectInput;

/**
 * Turns an argument's value into the JSON Mautic reads, as the derived input types say:
 * fields renamed to their keys (the forms of a {@code oneOf} value all become that
 * value), and the additional entries (custom field values) merged in by key. What would
 * be ambiguous is refused with an {@link InputRefusedException} naming the place.
 */
final class InputValues {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

	private final Map<String, InputBinding> bindings;

	private final Map<String, Pattern> keyPatterns = new HashMap<>();

	private final int maxDepth;

	InputValues(Map<String, InputBinding> bindings, int maxDepth) {
		this.bindings = bindings;
		this.maxDepth = maxDepth;
		bindings.values().forEach((binding) -> {
			if (binding instanceof ObjectInput object && object.keyPattern() != null) {
				this.keyPatterns.put(object.keyPattern(), Pattern.compile(object.keyPattern()));
			}
		});
	}

	/**
	 * The JSON of a value.
	 * @param value the value as graphql-java coerced it
	 * @param type its input type
	 * @param path where it is, for messages ({@code contact.fields[1]})
	 * @return maps, lists and scalars to send
	 */
	@Nullable Object json(@Nullable Object value, GraphQLInputType type, String path) {
		// A where clause nested 200 deep would become a request line Mautic's server
		// refuses, and costs to build.
		int depth = objectDepth(value, this.maxDepth + 1);
		if (depth > this.maxDepth) {
			throw new InputRefusedException(path,
					"input objects nest more than " + this.maxDepth
							+ " levels deep here; the most this gateway sends is " + this.maxDepth
							+ " (mautic.graphql.limits.max-input-depth)");
		}
		return converted(value, type, path);
	}

	// How deeply input objects nest in a value, counted no further than the cut.
	private static int objectDepth(@Nullable Object value, int cut) {
		if (cut == 0) {
			return 0;
		}
		int deepest = 0;
		if (value instanceof Map<?, ?> fields) {
			for (Object field : fields.values()) {
				deepest = Math.max(deepest, objectDepth(field, cut - 1));
			}
			return 1 + deepest;
		}
		if (value instanceof List<?> items) {
			for (Object item : items) {
				deepest = Math.max(deepest, objectDepth(item, cut));
			}
		}
		return deepest;
	}

	private @Nullable Object converted(@Nullable Object value, GraphQLInputType type, String path) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (value instanceof List<?> items && unwrapped instanceof GraphQLList list) {
			List<Object> json = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				json.add(converted(items.get(i), (GraphQLInputType) list.getWrappedType(), path + "[" + i + "]"));
			}
			return json;
		}
		if (value instanceof Map<?, ?> fields && unwrapped instanceof GraphQLInputObjectType object
				&& this.bindings.get(object.getName()) instanceof ObjectInput binding) {
			return object(fields, object, binding, path);
		}
		// Mautic's ids are numbers; GraphQL's ID arrives as text.
		if (value instanceof String id && unwrapped instanceof GraphQLScalarType scalar && scalar.getName().equals("ID")
				&& DIGITS.matcher(id).matches()) {
			return Long.valueOf(id);
		}
		return value;
	}

	private Map<String, Object> object(Map<?, ?> fields, GraphQLInputObjectType type, ObjectInput binding,
			String path) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, String> givenAs = new HashMap<>();
		fields.forEach((name, value) -> {
			String field = String.valueOf(name);
			if (field.equals(binding.additional())) {
				return;
			}
			String key = binding.keys().getOrDefault(field, field);
			String earlier = givenAs.put(key, field);
			if (earlier != null) {
				throw new InputRefusedException(path + "." + field, "give " + earlier + " or " + field + ", not both");
			}
			json.put(key, converted(value, type.getField(field).getType(), path + "." + field));
		});
		if (binding.additional() != null && fields.get(binding.additional()) instanceof List<?> entries) {
			GraphQLInputObjectType entryType = (GraphQLInputObjectType) GraphQLTypeUtil
				.unwrapAll(type.getField(binding.additional()).getType());
			Entry entry = (Entry) this.bindings.get(entryType.getName());
			for (int i = 0; i < entries.size(); i++) {
				merge((Map<?, ?>) entries.get(i), entry, binding, type.getName(), json,
						path + "." + binding.additional() + "[" + i + "]");
			}
		}
		return json;
	}

	private void merge(Map<?, ?> given, Entry entry, ObjectInput binding, String typeName, Map<String, Object> json,
			String path) {
		String key = String.valueOf(given.get(entry.keyField()));
		String keyPath = path + "." + entry.keyField();
		if (binding.keyPattern() != null && !this.keyPatterns.get(binding.keyPattern()).matcher(key).matches()) {
			throw new InputRefusedException(keyPath,
					"\"" + key + "\" is not a valid field alias (" + binding.keyPattern() + ")");
		}
		if (binding.specKeys().contains(key)) {
			throw new InputRefusedException(keyPath, "\"" + key + "\" is a field of " + typeName + "; set it there");
		}
		if (json.containsKey(key)) {
			throw new InputRefusedException(keyPath, "\"" + key + "\" is given twice");
		}
		List<String> forms = entry.valueFields().stream().filter(given::containsKey).toList();
		if (forms.size() > 1) {
			throw new InputRefusedException(path, "give " + String.join(" or ", forms) + ", not both");
		}
		json.put(key, forms.isEmpty() ? null : given.get(forms.get(0)));
	}

}
