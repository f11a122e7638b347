package org.mauticapi.gateway.graphql.schema;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An object or input type of the derived schema, as it is printed.
 *
 * @param name the type name
 * @param description its description, or null
 * @param fields its fields, in order
 * @param input whether it is an input type (the fields of a request body)
 */
record TypeDef(String name, @Nullable String description, List<FieldDef> fields, boolean input) {

	TypeDef(String name, @Nullable String description) {
		this(name, description, new ArrayList<>(), false);
	}

	static TypeDef input(String name, @Nullable String description) {
		return new TypeDef(name, description, new ArrayList<>(), true);
	}

	boolean hasField(String fieldName) {
		return this.fields.stream().anyMatch((field) -> field.name().equals(fieldName));
	}

	/**
	 * A field.
	 *
	 * @param name the field name
	 * @param type the GraphQL type, e.g. {@code [Segment!]!}
	 * @param description its description, or null
	 * @param args its arguments
	 * @param deprecation why it is deprecated, or null when it is not
	 */
	record FieldDef(String name, String type, @Nullable String description, List<ArgDef> args,
			@Nullable String deprecation) {

		FieldDef(String name, String type, @Nullable String description) {
			this(name, type, description, List.of(), null);
		}

		FieldDef(String name, String type, @Nullable String description, List<ArgDef> args) {
			this(name, type, description, args, null);
		}

	}

	/**
	 * An argument.
	 *
	 * @param name the argument name
	 * @param type its GraphQL type
	 * @param defaultValue its default as a GraphQL literal, or null
	 * @param description its description, or null
	 */
	record ArgDef(String name, String type, @Nullable String defaultValue, @Nullable String description) {
	}

}
