package org.mauticapi.gateway.graphql.schema;

/**
 * A contact field of one Mautic instance, read at start-up, that becomes a typed field.
 *
 * @param alias the field alias
 * @param type Mautic's field type ({@code text}, {@code number}, {@code boolean},
 * {@code date}, {@code datetime}, {@code multiselect}, ...)
 */
public record InstanceField(String alias, String type) {

	/**
	 * The GraphQL type of its value in answers: number Float, boolean Boolean, date Date,
	 * datetime DateTime.
	 */
	String outputScalar() {
		return switch (this.type) {
			case "number" -> "Float";
			case "boolean" -> "Boolean";
			case "date" -> "Date";
			case "datetime" -> "DateTime";
			default -> "String";
		};
	}

	/**
	 * The GraphQL type of its value in inputs: dates are written as Mautic reads them, as
	 * text.
	 */
	String inputType() {
		return switch (this.type) {
			case "number" -> "Float";
			case "boolean" -> "Boolean";
			case "multiselect" -> "[String!]";
			default -> "String";
		};
	}

	boolean list() {
		return "multiselect".equals(this.type);
	}

}
