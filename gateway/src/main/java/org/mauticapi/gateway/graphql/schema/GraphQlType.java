package org.mauticapi.gateway.graphql.schema;

/**
 * The GraphQL type a spec schema becomes, before nullability: a named type, or a list of one.
 *
 * @param name the named type
 * @param list whether it is a list of that type
 * @param kind what sort of named type it is
 */
record GraphQlType(String name, boolean list, Kind kind) {

	static final GraphQlType JSON = new GraphQlType("JSON", false, Kind.SCALAR);

	static GraphQlType scalar(String name) {
		return new GraphQlType(name, false, Kind.SCALAR);
	}

	GraphQlType asList() {
		return new GraphQlType(this.name, true, this.kind);
	}

	/**
	 * The type as written in SDL. List items are non-null but for {@code JSON}, which may hold null.
	 */
	String render(boolean nonNull) {
		String item = this.name + (this.name.equals(JSON.name) ? "" : "!");
		return (this.list ? "[" + item + "]" : this.name) + (nonNull ? "!" : "");
	}

	boolean isScalar() {
		return !this.list && this.kind == Kind.SCALAR;
	}

	enum Kind {

		SCALAR, OBJECT

	}

}
