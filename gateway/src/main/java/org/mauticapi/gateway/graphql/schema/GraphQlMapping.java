package org.mauticapi.gateway.graphql.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The declared part of the GraphQL schema, read from {@value #CLASSPATH_LOCATION} beside
 * the spec: entry points, relationships and presentation; everything else is derived from
 * the spec (see that file's header).
 *
 * @param types per spec schema, how its GraphQL type differs from the schema
 * @param query the fields of {@code Query}, each bound to an operation
 * @param mutation the fields of {@code Mutation}, each bound to a write operation
 * @param enums the name an enum derived from the spec gets, by the name it would get (its
 * schema's, or the place it is first met)
 * @param descriptions descriptions written for GraphQL users where the spec's speak of
 * the REST API: by {@code Type.field}, {@code Type.field(argument)}, or
 * {@code (argument)} for an argument wherever it appears
 */
public record GraphQlMapping(Map<String, TypeMapping> types, Map<String, OperationBinding> query,
		Map<String, OperationBinding> mutation, Map<String, String> enums, Map<String, String> descriptions) {

	/** Where the mapping lives on the classpath, beside the spec. */
	public static final String CLASSPATH_LOCATION = "graphql/graphql-mapping.yaml";

	public GraphQlMapping {
		types = ordered(types);
		query = ordered(query);
		mutation = ordered(mutation);
		enums = ordered(enums);
		descriptions = ordered(descriptions);
	}

	/**
	 * The mapping shipped beside the spec.
	 * @return the mapping
	 */
	public static GraphQlMapping load() {
		try (InputStream in = GraphQlMapping.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("No " + CLASSPATH_LOCATION + " on the classpath");
			}
			return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a mapping from YAML text.
	 * @param yaml the mapping
	 * @return the mapping
	 */
	public static GraphQlMapping parse(String yaml) {
		return YAMLMapper.shared().readValue(yaml, GraphQlMapping.class);
	}

	// Declaration order is the order of fields in the schema, so that it reads as the
	// mapping does.
	private static <V> Map<String, V> ordered(@Nullable Map<String, V> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : Map.of();
	}

	TypeMapping type(String schemaName) {
		return this.types.getOrDefault(schemaName, TypeMapping.NONE);
	}

	/**
	 * How one spec schema is presented.
	 *
	 * @param exclude properties left out
	 * @param rename property to field name
	 * @param customFields the contact field values, or null
	 * @param relations fields bound to operations, in declaration order
	 * @param pluck list property to item property: the field is the list of that property
	 * of the items (a contact's tags as their names)
	 * @param input the name of the GraphQL input type of a request body schema, or null
	 * for the schema's name with {@code Input} (kept when it already ends so); several
	 * schemas may share one input type when their properties are the same
	 * @param as another spec schema whose GraphQL type this schema's values are given as
	 * (a different serialisation of the same entity), or null
	 * @param zip list fields that zip several index-keyed properties into one list of
	 * items, by field name
	 * @param additional how an input's additional properties are given (custom field
	 * values), or null
	 * @param alternatives input property to one field per {@code oneOf} alternative, in
	 * order: GraphQL inputs have no unions, so each form of the value is its own field,
	 * at most one is given, and it is sent as the property
	 * @param parent fields that are the object the value was reached from (the contact of
	 * a note listed from that contact), by field name, with the type of that object: no
	 * call
	 */
	public record TypeMapping(List<String> exclude, Map<String, String> rename, @Nullable CustomFields customFields,
			Map<String, OperationBinding> relations, Map<String, String> pluck, @Nullable String input,
			@Nullable String as, Map<String, Zip> zip, @Nullable Additional additional,
			Map<String, List<String>> alternatives, Map<String, String> parent) {

		static final TypeMapping NONE = new TypeMapping(null, null, null, null, null, null, null, null, null, null,
				null);

		public TypeMapping {
			parent = ordered(parent);
			exclude = (exclude != null) ? List.copyOf(exclude) : List.of();
			rename = ordered(rename);
			pluck = ordered(pluck);
			relations = ordered(relations);
			zip = ordered(zip);
			alternatives = ordered(alternatives);
		}

	}

	/**
	 * How a list read asks Mautic for less when the selection needs less.
	 *
	 * @param minimal the spec schema of the items Mautic sends with {@code minimal=true}:
	 * sent when every field the selection reads (and every parent property a nested
	 * relation needs) is answered from that schema's properties; null for never
	 * @param select the parameter that names the custom field values to send
	 * ({@code select[]}), or null
	 * @param always the values {@code select} always carries ({@code id}, which Mautic
	 * needs)
	 */
	public record Narrow(@Nullable String minimal, @Nullable String select, List<String> always) {

		public Narrow {
			always = (always != null) ? List.copyOf(always) : List.of();
		}

	}

	/**
	 * A lookup by ids: the parent's property that holds the id, searched with Mautic's
	 * {@code ids:} command in the operation's {@code search} parameter (as many as
	 * {@code limit} allows at once), and the item property that holds an item's id.
	 *
	 * @param key the parent's property with the id
	 * @param match the item's property with its id ({@code id} by default)
	 */
	public record ByIds(String key, String match) {

		public ByIds {
			match = (match != null) ? match : "id";
		}

	}

	/**
	 * How a list read's order is made total: sent as clauses of {@code param} (which
	 * Mautic reads instead of {@code by} and {@code dir}), the order asked for or the
	 * default, then {@code column} ascending.
	 *
	 * @param param the parameter of order clauses ({@code order}, sent as
	 * {@code order[0][col]})
	 * @param column the unique column that breaks ties ({@code id})
	 * @param by the parameter of the column to sort by, turned into the first clause
	 * @param dir the parameter of its direction
	 * @param defaultColumn the column Mautic sorts by when asked for none
	 * @param defaultDirection its direction
	 */
	public record TieBreak(String param, String column, String by, String dir, String defaultColumn,
			String defaultDirection) {

		public String byParam() {
			return this.by;
		}

		public String dirParam() {
			return this.dir;
		}

	}

	/**
	 * Items zipped from several properties keyed alike (a batch answer's contacts, status
	 * codes and errors, each keyed by request index).
	 *
	 * @param type the name of the item type
	 * @param index the item field that holds the key, as an {@code Int}
	 * @param from item field to the property it is taken from
	 */
	public record Zip(String type, String index, Map<String, String> from) {

		public Zip {
			from = ordered(from);
		}

	}

	/**
	 * How the additional properties of a request body schema (custom field values by
	 * alias) are given: as one list field of key and value entries, merged into the JSON
	 * body.
	 *
	 * @param field the input field that holds the entries
	 * @param keyPattern the regular expression a key must match
	 */
	public record Additional(String field, String keyPattern) {
	}

	/**
	 * Where a contact's field values live and which of them are typed.
	 *
	 * @param values dot path of the alias to value map
	 * @param typed the spec schema whose scalar properties become typed fields
	 * @param exclude properties of {@code typed} that are not field values
	 * @param gathered where the values are when {@code values} is absent (a flattened
	 * serialisation): a dot path with {@code *} for any key, the value of each match
	 * taken by the key the last {@code *} matched
	 * @param scalars the GraphQL scalar of typed properties that the spec types as text
	 * only because clients write them as such (a date-time field whose values Mautic
	 * answers in SQL format), by alias
	 */
	public record CustomFields(String values, String typed, List<String> exclude, @Nullable String gathered,
			Map<String, String> scalars) {

		public CustomFields {
			exclude = (exclude != null) ? List.copyOf(exclude) : List.of();
			scalars = ordered(scalars);
		}

	}

	/**
	 * A GraphQL field answered by one operation.
	 *
	 * @param operation the operationId
	 * @param params parameter to value template ({@code {name}} is a property of the
	 * parent object)
	 * @param args parameter to argument name
	 * @param hide parameters not offered as arguments
	 * @param result dot path of the result in the answer, or null for the whole answer
	 * @param connection {@code start-limit} or {@code page-limit} for a Relay connection,
	 * or null
	 * @param total dot path of the total count (connections)
	 * @param pick property to argument: the field is the first item of the list at
	 * {@code result} whose properties equal those arguments (an entity found through a
	 * search that also matches others)
	 * @param body the argument that carries the request body (mutations), or null when
	 * the operation takes none
	 * @param narrow how the call asks Mautic for only what the selection needs, or null
	 * @param byIds for a relation to one object found by its id in a list read that takes
	 * many ids at once: the field is that object, and the ids of every parent of a level
	 * are looked up together
	 * @param tieBreak for a connection, how its order is made total, or null
	 */
	public record OperationBinding(String operation, Map<String, String> params, Map<String, String> args,
			List<String> hide, @Nullable String result, @Nullable String connection, @Nullable String total,
			Map<String, String> pick, @Nullable String body, @Nullable Narrow narrow, @Nullable ByIds byIds,
			@Nullable TieBreak tieBreak) {

		public OperationBinding {
			params = ordered(params);
			pick = ordered(pick);
			args = ordered(args);
			hide = (hide != null) ? List.copyOf(hide) : List.of();
		}

	}

}
