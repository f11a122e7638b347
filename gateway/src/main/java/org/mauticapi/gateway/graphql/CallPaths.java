package org.mauticapi.gateway.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;

/**
 * The encoded path and query of an operation call, its parameters taken from the field's arguments and its parent
 * object: shared by reads and writes.
 */
final class CallPaths {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	private CallPaths() {
	}

	/**
	 * The path from {@code /api} on, with its query.
	 * @param pathTemplate the operation's path template
	 * @param params where each parameter's value comes from
	 * @param environment the field's arguments and parent
	 * @param query further query parameters, already encoded (paging)
	 * @return the path and query, or null when a value the path needs is missing
	 */
	static @Nullable String pathAndQuery(String pathTemplate, List<Param> params, DataFetchingEnvironment environment,
			StringJoiner query) {
		String path = "/api" + pathTemplate;
		for (Param param : params) {
			Object value = (param.template() != null) ? expand(param.template(), environment.getSource())
					: environment.getArgument(param.argument());
			if (param.inPath()) {
				if (value == null) {
					return null;
				}
				path = path.replace("{" + param.name() + "}", encode(String.valueOf(value)));
			}
			else if (value instanceof List<?> values) {
				values.forEach((item) -> query.add(encode(param.name()) + "=" + encode(String.valueOf(item))));
			}
			else if (value != null) {
				query.add(encode(param.name()) + "=" + encode(String.valueOf(value)));
			}
		}
		return (query.length() > 0) ? path + "?" + query : path;
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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
