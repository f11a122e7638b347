package org.mauticapi.gateway.graphql;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.Param;
import org.mauticapi.gateway.graphql.schema.SchemaNames;

/**
 * Names the GraphQL argument behind a parameter or body field of a built request, so that
 * a refusal names what the client wrote ({@code where[0].clauses[1].expr},
 * {@code contacts[1].email}) rather than the PHP wire name Mautic would read
 * ({@code where[0][val][1][expr]}, {@code [1][email]}).
 */
final class ArgumentPaths {

	private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)]");

	private ArgumentPaths() {
	}

	/**
	 * The translation for a call built from these parameters and body argument.
	 * @param params the operation's parameters and the arguments they come from
	 * @param bodyArgument the argument sent as the body, or null
	 * @return wire name to GraphQL path
	 */
	static UnaryOperator<String> of(List<Param> params, @Nullable String bodyArgument) {
		return (wire) -> {
			int bracket = wire.indexOf('[');
			String head = (bracket < 0) ? wire : wire.substring(0, bracket);
			for (Param param : params) {
				if (param.argument() != null && (param.name().equals(wire) || param.name().equals(head)
						|| param.name().equals(head + "[]"))) {
					return param.argument() + path(wire.substring(head.length()).replace("[]", ""));
				}
			}
			if (bodyArgument == null || wire.equals("body")) {
				return (bodyArgument != null) ? bodyArgument : wire;
			}
			return bodyArgument + (wire.startsWith("[") ? "" : ".") + (bracket < 0 ? SchemaNames.camelCase(wire)
					: SchemaNames.camelCase(head) + path(wire.substring(head.length())));
		};
	}

	// [0][val][1][expr] -> [0].clauses[1].expr: list indexes stay, keys become fields (a
	// nested clause list is
	// sent as val, and written as clauses).
	private static String path(String brackets) {
		StringBuilder path = new StringBuilder();
		Matcher part = BRACKET.matcher(brackets);
		String previous = null;
		while (part.find()) {
			String key = part.group(1);
			if (key.matches("[0-9]+")) {
				if ("val".equals(previous)) {
					path.setLength(path.length() - ".val".length());
					path.append(".clauses");
				}
				path.append('[').append(key).append(']');
			}
			else {
				path.append('.').append(SchemaNames.camelCase(key));
			}
			previous = key;
		}
		return path.toString();
	}

}
