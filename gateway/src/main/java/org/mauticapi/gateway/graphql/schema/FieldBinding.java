package org.mauticapi.gateway.graphql.schema;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How the gateway answers one field of the derived schema: from the parent's JSON, or by calling an operation.
 */
public sealed interface FieldBinding {

	/**
	 * A property of the parent's JSON object.
	 *
	 * @param key the JSON key
	 * @param shape how the value is normalised
	 */
	record Property(String key, ValueShape shape) implements FieldBinding {
	}

	/**
	 * A list property of the parent's JSON given as the list of one property of its items.
	 *
	 * @param key the JSON key of the list (or id-keyed map)
	 * @param itemKey the key read from each item
	 */
	record Plucked(String key, String itemKey) implements FieldBinding {
	}

	/**
	 * One contact field value, typed.
	 *
	 * @param valuesPath the path of the alias to value map in the parent's JSON
	 * @param alias the field alias
	 * @param scalar the GraphQL scalar the value is given as
	 */
	record CustomField(List<String> valuesPath, String alias, String scalar) implements FieldBinding {
	}

	/**
	 * Any contact field value by its alias ({@code field(alias:)}).
	 *
	 * @param valuesPath the path of the alias to value map
	 */
	record FieldByAlias(List<String> valuesPath) implements FieldBinding {
	}

	/**
	 * Every contact field value as a list of alias and value.
	 *
	 * @param valuesPath the path of the alias to value map
	 */
	record FieldValues(List<String> valuesPath) implements FieldBinding {
	}

	/**
	 * A field answered by a GET operation of the contract.
	 *
	 * @param operationId the operation
	 * @param pathTemplate its path template, relative to {@code /api}
	 * @param params where each parameter's value comes from
	 * @param resultPath the path of the result in the answer
	 * @param paging how a connection is paged, or null for a plain result
	 * @param totalPath the path of the total count (connections)
	 * @param pick property to argument: the result is the first item of the list whose properties equal those
	 * arguments, or null
	 */
	record OperationCall(String operationId, String pathTemplate, List<Param> params, List<String> resultPath,
			@Nullable Paging paging, List<String> totalPath, Map<String, String> pick) implements FieldBinding {
	}

	/**
	 * A field of {@code Mutation} answered by a write operation of the contract, called once with the body as JSON.
	 *
	 * @param operationId the operation
	 * @param method its HTTP method
	 * @param pathTemplate its path template, relative to {@code /api}
	 * @param params where each parameter's value comes from
	 * @param bodyArgument the argument sent as the JSON body, or null for no body
	 * @param resultPath the path of the result in the answer
	 */
	record OperationWrite(String operationId, String method, String pathTemplate, List<Param> params,
			@Nullable String bodyArgument, List<String> resultPath) implements FieldBinding {
	}

	/**
	 * A parameter of an operation call.
	 *
	 * @param name the parameter's name in the contract
	 * @param inPath whether it is a path parameter
	 * @param argument the GraphQL argument it comes from, or null
	 * @param template the value template over the parent's properties, or null
	 */
	record Param(String name, boolean inPath, @Nullable String argument, @Nullable String template) {
	}

	/** How a Relay connection maps onto Mautic's paging parameters. */
	enum Paging {

		/** {@code start} (offset) and {@code limit}. */
		START_LIMIT,

		/**
		 * {@code page} and {@code limit}, where Mautic applies the limit per event type: the gateway asks for page 1
		 * with {@code offset + first} and cuts the merged list.
		 */
		PAGE_LIMIT;

		static Paging of(String declared) {
			return switch (declared) {
				case "start-limit" -> START_LIMIT;
				case "page-limit" -> PAGE_LIMIT;
				default -> throw new IllegalStateException(GraphQlMapping.CLASSPATH_LOCATION
						+ ": connection must be start-limit or page-limit, not " + declared);
			};
		}

	}

	/** How a property's JSON value becomes the field's value. */
	enum ValueShape {

		/** As it is; scalars coerce numbers sent as strings. */
		VALUE,

		/** A list: an id-keyed map gives its values, {@code []}, {@code {}} and null give an empty list. */
		LIST,

		/** A date-time: blank is null. */
		DATE_TIME,

		/** An object: Mautic's {@code []} for "none" is null. */
		OBJECT

	}

}
