package org.mauticapi.gateway.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;

/**
 * The upstream call of an operation, its parameters taken from the field's arguments and
 * its parent object: shared by reads and writes. Lists of input objects ({@code where},
 * {@code order}) are sent as PHP arrays ({@code where[0][val][1][col]=...}), the way
 * Mautic reads them.
 */
final class CallPaths {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	private CallPaths() {
	}

	/**
	 * The call.
	 * @param pathTemplate the operation's path template
	 * @param params where each parameter's value comes from
	 * @param environment the field's arguments and parent
	 * @param query query parameters that come first (paging)
	 * @param inputs how input values are sent
	 * @return the call, or null when a value the path needs is missing
	 * @throws InputRefusedException when an argument cannot be sent as meant
	 */
	static @Nullable UpstreamCall call(String pathTemplate, List<Param> params, DataFetchingEnvironment environment,
			List<Map.Entry<String, String>> query, InputValues inputs) {
		String path = "/api" + pathTemplate;
		List<Map.Entry<String, String>> parameters = new ArrayList<>(query);
		for (Param param : params) {
			Object value = (param.template() != null) ? expand(param.template(), environment.getSource())
					: environment.getArgument(param.argument());
			if (param.inPath()) {
				if (value == null) {
					return null;
				}
				path = path.replace("{" + param.name() + "}", UpstreamCall.encode(String.valueOf(value)));
			}
			else if (param.phpArray()) {
				php(param.name(), inputs.json(value,
						environment.getFieldDefinition().getArgument(param.argument()).getType(), param.argument()),
						parameters);
			}
			else if (value instanceof List<?> values) {
				values.forEach((item) -> parameters.add(Map.entry(param.name(), String.valueOf(item))));
			}
			else if (value != null) {
				parameters.add(Map.entry(param.name(), String.valueOf(value)));
			}
		}
		return new UpstreamCall(path, parameters);
	}

	// PHP reads name[0][col]=x as name => [0 => [col => x]].
	private static void php(String name, @Nullable Object value, List<Map.Entry<String, String>> parameters) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> php(name + "[" + key + "]", item, parameters));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				php(name + "[" + i + "]", list.get(i), parameters);
			}
		}
		else if (value != null) {
			parameters.add(Map.entry(name, String.valueOf(value)));
		}
	}

	private static @Nullable String expand(String template, @Nullable Object source) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder expanded = new StringBuilder();
		while (placeholder.find()) {
			Object value = (source instanceof Map<?, ?> object) ? object.get(placeholder.group(1)) : null;
			if (value == null) {
				return null;
			}
			placeholder.appendReplacement(expanded, Matcher.quoteReplacement(String.valueOf(value)));
		}
		placeholder.appendTail(expanded);
		return expanded.toString();
	}

}
