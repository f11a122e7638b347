package org.mauticapi.gateway.graphql.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How the gateway answers one field of the derived schema: from the parent's JSON, or by
 * calling an operation.
 */
public sealed interface FieldBinding {

	/** The page size of a connection when a query does not say. */
	int DEFAULT_PAGE_SIZE = 20;

	/**
	 * A property of the parent's JSON object.
	 *
	 * @param key the JSON key
	 * @param shape how the value is normalised
	 * @param wrapKey for {@link ValueShape#WRAPPED}, the property of the object that text
	 * becomes
	 */
	record Property(String key, ValueShape shape, @Nullable String wrapKey) implements FieldBinding {

		Property(String key, ValueShape shape) {
			this(key, shape, null);
		}

	}

	/**
	 * A list property of the parent's JSON given as the list of one property of its
	 * items.
	 *
	 * @param key the JSON key of the list (or id-keyed map)
	 * @param itemKey the key read from each item
	 */
	record Plucked(String key, String itemKey) implements FieldBinding {
	}

	/**
	 * One contact field value, typed.
	 *
	 * @param values where the alias to value map is in the parent's JSON
	 * @param alias the field alias
	 * @param scalar the GraphQL scalar the value is given as
	 * @param list whether the value is a list (a multiselect, which Mautic sends
	 * pipe-joined)
	 */
	record CustomField(ValuesAt values, String alias, String scalar, boolean list) implements FieldBinding {
	}

	/**
	 * Any contact field value by its alias ({@code field(alias:)}).
	 *
	 * @param values where the alias to value map is
	 */
	record FieldByAlias(ValuesAt values) implements FieldBinding {
	}

	/**
	 * Every contact field value as a list of alias and value.
	 *
	 * @param values where the alias to value map is
	 */
	record FieldValues(ValuesAt values) implements FieldBinding {
	}

	/**
	 * Where a contact's field values are in its JSON.
	 *
	 * @param path the path of the alias to value map
	 * @param gathered when that is absent, a path pattern ({@code *} for any key) whose
	 * matches are the values, each by the key the last {@code *} matched; empty for none
	 */
	record ValuesAt(List<String> path, List<String> gathered) {
	}

	/**
	 * A list of items zipped from several index-keyed properties of the parent's JSON, in
	 * index order.
	 *
	 * @param index the item key that holds the index
	 * @param from item key to the parent's property it is taken from
	 */
	record Zipped(String index, Map<String, String> from) implements FieldBinding {
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
	 * @param pick property to argument: the result is the first item of the list whose
	 * properties equal those arguments, or null
	 * @param narrowing how the call asks for only what the selection needs, or null
	 * @param tieBreak how its order is made total, or null
	 */
	record OperationCall(String operationId, String pathTemplate, List<Param> params, List<String> resultPath,
			@Nullable Paging paging, List<String> totalPath, Map<String, String> pick, @Nullable Narrowing narrowing,
			GraphQlMapping.@Nullable TieBreak tieBreak) implements FieldBinding {

		OperationCall withNarrowing(Narrowing narrowing) {
			return new OperationCall(this.operationId, this.pathTemplate, this.params, this.resultPath, this.paging,
					this.totalPath, this.pick, narrowing, this.tieBreak);
		}

	}

	/**
	 * What of its items a list read asks Mautic for, by the fields of the item type the
	 * selection reads.
	 *
	 * @param minimalParam the parameter sent as {@code true} when every selected field is
	 * in {@code minimalFields}, or null
	 * @param minimalFields the item fields answered from a minimal item
	 * @param selectParam the parameter that lists the custom field values to send, or
	 * null
	 * @param selectAlways what it always lists
	 * @param fieldAliases item field to the custom field alias it reads
	 * @param aliasArgumentFields item fields that read the custom field their
	 * {@code alias} argument names
	 * @param allValuesFields item fields that read every custom field value (no
	 * {@code select} then)
	 */
	record Narrowing(@Nullable String minimalParam, Set<String> minimalFields, @Nullable String selectParam,
			List<String> selectAlways, Map<String, String> fieldAliases, Set<String> aliasArgumentFields,
			Set<String> allValuesFields) {
	}

	/**
	 * An object found by its id through a list read that takes many ids at once (Mautic's
	 * {@code ids:} search command): the ids of every object of a level are looked up in
	 * one call.
	 *
	 * @param operationId the list read
	 * @param pathTemplate its path template, relative to {@code /api}
	 * @param keyProperty the parent's property that holds the id
	 * @param searchParam the parameter that takes the search command
	 * @param limitParam the parameter that takes the page size
	 * @param resultPath the path of the list in the answer
	 * @param idProperty the property of an item that holds its id
	 */
	record BatchedLookup(String operationId, String pathTemplate, String keyProperty, String searchParam,
			String limitParam, List<String> resultPath, String idProperty) implements FieldBinding {
	}

	/**
	 * The object the parent was reached from (the contact of a note listed from that
	 * contact): no call.
	 */
	record ParentObject() implements FieldBinding {
	}

	/**
	 * A field of {@code Mutation} answered by a write operation of the contract, called
	 * once with the body as JSON.
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
	 * @param phpArray whether the value (a list of input objects) is sent as a PHP array
	 * ({@code where[0][col]=...})
	 */
	record Param(String name, boolean inPath, @Nullable String argument, @Nullable String template, boolean phpArray) {
	}

	/** How a Relay connection maps onto Mautic's paging parameters. */
	enum Paging {

		/** {@code start} (offset) and {@code limit}. */
		START_LIMIT,

		/**
		 * {@code page} and {@code limit}, where Mautic applies the limit per event type:
		 * the gateway asks for page 1 with {@code offset + first} and cuts the merged
		 * list.
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

		/**
		 * A list: an id-keyed map gives its values, {@code []}, {@code {}} and null give
		 * an empty list.
		 */
		LIST,

		/** A date-time: blank is null. */
		DATE_TIME,

		/** An object: Mautic's {@code []} for "none" is null. */
		OBJECT,

		/**
		 * A flag Mautic sends as {@code 1}/{@code 0}, {@code "1"}/{@code "0"} or a
		 * boolean.
		 */
		BOOLEAN,

		/** A number Mautic may send as text ({@code "51.5"}); blank is null. */
		NUMBER,

		/** A date ({@code 2024-03-15}, or the date of a date-time); blank is null. */
		DATE,

		/**
		 * A value that is text or a list of texts (a filter's), as a list of texts; null
		 * stays null.
		 */
		TEXT_LIST,

		/**
		 * A map of keys to a text or texts (or a plain list of texts) as a list of key
		 * and values entries.
		 */
		KEY_VALUES,

		/**
		 * Text or an object: text becomes the object with the text under the binding's
		 * wrap key.
		 */
		WRAPPED,

		/** A PHP-serialised value ({@code a:0:{}}), decoded. */
		PHP_SERIALIZED

	}

}
