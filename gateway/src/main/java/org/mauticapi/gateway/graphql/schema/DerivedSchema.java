package org.mauticapi.gateway.graphql.schema;

import java.util.Map;

import graphql.schema.FieldCoordinates;

/**
 * The schema derived from the contract: its SDL, and how the gateway answers each field.
 *
 * @param sdl the schema in GraphQL's schema definition language
 * @param bindings the binding of every field of every object type
 * @param inputs how each input type's values are sent, by type name
 * @param enums each enum's values: GraphQL name to the value Mautic sends and reads, by
 * enum name
 */
public record DerivedSchema(String sdl, Map<FieldCoordinates, FieldBinding> bindings, Map<String, InputBinding> inputs,
		Map<String, Map<String, String>> enums) {
}
