package org.mauticapi.gateway.graphql.schema;

/**
 * How the derived schema names what the spec names: Mautic's snake_case keys are
 * camelCase fields.
 */
public final class SchemaNames {

	private SchemaNames() {
	}

	/**
	 * The GraphQL name of a spec key: {@code date_added} → {@code dateAdded}; other names
	 * stay.
	 * @param key the spec's key
	 * @return the field name
	 */
	public static String camelCase(String key) {
		return SpecShapes.camelCase(key);
	}

}
