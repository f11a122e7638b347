package org.mauticapi.gateway.graphql.schema;

import java.util.Collection;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.TypeDef.ArgDef;
import org.mauticapi.gateway.graphql.schema.TypeDef.FieldDef;

/**
 * Prints the derived types as SDL, with the spec's descriptions, in a stable order so
 * that the snapshot only changes when the schema does.
 */
final class SdlWriter {

	private SdlWriter() {
	}

	static String write(Collection<TypeDef> types, Collection<EnumShapes.EnumDef> enums) {
		StringBuilder sdl = new StringBuilder();
		sdl.append(block("A calendar date in ISO 8601 (`2024-03-15`).", ""));
		sdl.append("scalar Date\n\n");
		sdl.append(block("A date and time in ISO 8601 with offset; Mautic's SQL date-times are given in UTC.", ""));
		sdl.append("scalar DateTime\n\n");
		sdl.append(block("Any JSON value: what the contract leaves free-form or cannot type in GraphQL.", ""));
		sdl.append("scalar JSON\n");
		for (EnumShapes.EnumDef definition : enums) {
			sdl.append('\n')
				.append(block(definition.description(), ""))
				.append("enum ")
				.append(definition.name())
				.append(" {\n");
			definition.values().keySet().forEach((name) -> sdl.append("  ").append(name).append('\n'));
			sdl.append("}\n");
		}
		for (TypeDef type : types) {
			sdl.append('\n')
				.append(block(type.description(), ""))
				.append(type.input() ? "input " : "type ")
				.append(type.name())
				.append(" {\n");
			for (FieldDef field : type.fields()) {
				sdl.append(block(field.description(), "  "))
					.append("  ")
					.append(field.name())
					.append(arguments(field))
					.append(": ")
					.append(field.type())
					.append(deprecated(field))
					.append('\n');
			}
			sdl.append("}\n");
		}
		return sdl.toString();
	}

	private static String arguments(FieldDef field) {
		if (field.args().isEmpty()) {
			return "";
		}
		return field.args()
			.stream()
			.map((arg) -> "\n" + block(arg.description(), "    ") + "    " + arg.name() + ": " + arg.type()
					+ defaultValue(arg))
			.collect(Collectors.joining("", "(", "\n  )"));
	}

	private static String deprecated(FieldDef field) {
		return (field.deprecation() != null)
				? " @deprecated(reason: \"" + field.deprecation().replace("\"", "\\\"") + "\")" : "";
	}

	private static String defaultValue(ArgDef arg) {
		return (arg.defaultValue() != null) ? " = " + arg.defaultValue() : "";
	}

	private static String block(@Nullable String description, String indent) {
		if (description == null || description.isBlank()) {
			return "";
		}
		String text = description.strip().replace("\"\"\"", "\\\"\"\"");
		String body = text.lines().map((line) -> line.isBlank() ? "" : indent + line).collect(Collectors.joining("\n"));
		return indent + "\"\"\"\n" + body + "\n" + indent + "\"\"\"\n";
	}

}
