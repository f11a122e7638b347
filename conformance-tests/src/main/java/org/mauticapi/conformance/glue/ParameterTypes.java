package org.mauticapi.conformance.glue;

import java.util.Locale;

import io.cucumber.java.ParameterType;

import org.mauticapi.conformance.ownership.EntityKind;

/** Every parameter type of the step vocabulary. */
public class ParameterTypes {

	/**
	 * An HTTP method, as the documentation writes it.
	 * @param method the method
	 * @return the method
	 */
	@ParameterType("GET|POST|PUT|PATCH|DELETE")
	public String method(String method) {
		return method;
	}

	/**
	 * A path below {@code /api}, with names in braces and an optional query string.
	 * @param path the path
	 * @return the path
	 */
	@ParameterType("/\\S*")
	public String path(String path) {
		return path;
	}

	/**
	 * What a contact can have listed on it, for finding a contact with data to show.
	 * @param relation the relation's name in the feature
	 * @return the relation
	 */
	@ParameterType("notes|devices|companies|campaigns|segments|point group scores")
	public ContactRelation relation(String relation) {
		return ContactRelation.named(relation);
	}

	/**
	 * A kind of entity.
	 * @param kind {@code contact} or {@code segment}
	 * @return the kind
	 */
	@ParameterType("contact|segment")
	public EntityKind kind(String kind) {
		return EntityKind.valueOf(kind.toUpperCase(Locale.ROOT));
	}

	/**
	 * The direction of an order.
	 * @param direction {@code ascending} or {@code descending}
	 * @return whether it is descending
	 */
	@ParameterType("ascending|descending")
	public Boolean direction(String direction) {
		return direction.equals("descending");
	}

}
