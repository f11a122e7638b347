package org.mauticapi.gateway.graphql.schema;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.ValueShape;

/**
 * The GraphQL type a spec schema becomes, before nullability: a named type, or a list of
 * one, and how a JSON value of the schema is normalised into it.
 *
 * @param name the named type
 * @param list whether it is a list of that type
 * @param kind what sort of named type it is
 * @param shape how a value is normalised, or null for what the type alone implies
 * @param wrapKey for a value that is either text or an object, the property of the object
 * the text becomes
 */
record GraphQlType(String name, boolean list, Kind kind, @Nullable ValueShape shape, @Nullable String wrapKey) {

	static final GraphQlType JSON = new GraphQlType("JSON", false, Kind.SCALAR);

	GraphQlType(String name, boolean list, Kind kind) {
		this(name, list, kind, null, null);
	}

	static GraphQlType scalar(String name) {
		return new GraphQlType(name, false, Kind.SCALAR);
	}

	GraphQlType asList() {
		return new GraphQlType(this.name, true, this.kind, (this.shape == ValueShape.KEY_VALUES) ? this.shape : null,
				null);
	}

	GraphQlType shaped(ValueShape shape) {
		return new GraphQlType(this.name, this.list, this.kind, shape, this.wrapKey);
	}

	GraphQlType wrapping(String key) {
		return new GraphQlType(this.name, this.list, this.kind, ValueShape.WRAPPED, key);
	}

	/**
	 * The type as written in SDL. List items are non-null but for {@code JSON}, which may
	 * hold null.
	 */
	String render(boolean nonNull) {
		String item = this.name + (this.name.equals(JSON.name) ? "" : "!");
		return (this.list ? "[" + item + "]" : this.name) + (nonNull ? "!" : "");
	}

	boolean isScalar() {
		return !this.list && (this.kind == Kind.SCALAR || this.kind == Kind.ENUM);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GraphQlType type && type.name.equals(this.name) && type.list == this.list
				&& type.kind == this.kind;
	}

	@Override
	public int hashCode() {
		return this.name.hashCode() * 31 + (this.list ? 1 : 0);
	}

	enum Kind {

		SCALAR, ENUM, OBJECT

	}

}
