package org.mauticapi.sandbox.entity;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.error.MauticApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One kind of entity Mautic's API serves through its common controller: where it is
 * routed, what its answers call it, how it is stored, changed by its form, and
 * serialised. {@link CommonApi} does the rest the same way for every kind. All methods
 * are called under the sandbox's lock.
 *
 * @param <E> the entity type
 */
public interface EntityKind<E> {

	/**
	 * Where the kind is routed and what its answers call it.
	 * @return the names
	 */
	EntityNames names();

	Optional<E> find(long id);

	/**
	 * Every entity, in id order.
	 * @return the entities
	 */
	List<E> all();

	long id(E entity);

	/**
	 * The existing entity a new one's payload identifies, which a create then edits
	 * instead (200 rather than 201), as the controller's {@code getNewEntity} finds it;
	 * none by default.
	 * @param payload the payload
	 * @return the entity, if any
	 */
	default Optional<E> existing(JsonNode payload) {
		return Optional.empty();
	}

	/**
	 * Makes a new entity from a payload, as its form does on {@code new} (unsent
	 * properties take their defaults), and stores it.
	 * @param payload the payload
	 * @return the entity
	 * @throws MauticApiException the form's error (400, or 422 for a unique field) when
	 * the payload is invalid
	 */
	E create(JsonNode payload);

	/**
	 * Changes an entity as its form does on edit: a PATCH changes what is sent, a PUT
	 * also clears what is not. Nothing changes when the payload is invalid.
	 * @param entity the entity
	 * @param payload the payload
	 * @param replace whether this is a PUT
	 * @throws MauticApiException the form's error when the payload is invalid
	 */
	void edit(E entity, JsonNode payload, boolean replace);

	void delete(E entity);

	/**
	 * The entity as an answer shows it.
	 * @param entity the entity
	 * @param view which answer
	 * @return the JSON
	 */
	ObjectNode json(E entity, View view);

	/**
	 * The entity as a batch edit answers it after its form refused the item: Mautic's
	 * form had already bound the sent values to the entity, which is serialised as they
	 * left it though nothing was saved. By default the listed entity with each sent
	 * top-level property that it shows set as the form binds it (empty text is null), and
	 * on a PUT each of its {@link #formFields} not sent cleared (false or null).
	 * @param entity the entity, unchanged
	 * @param payload the refused item
	 * @param replace whether this is a PUT
	 * @return the JSON
	 */
	default ObjectNode refused(E entity, JsonNode payload, boolean replace) {
		ObjectNode json = json(entity, View.LISTED);
		for (String field : replace ? formFields() : List.<String>of()) {
			JsonNode shown = json.get(field);
			if (shown != null && !payload.has(field)) {
				json.set(field, shown.isBoolean() ? JsonNodeFactory.instance.booleanNode(false)
						: JsonNodeFactory.instance.nullNode());
			}
		}
		payload.properties().forEach((sent) -> {
			JsonNode shown = json.get(sent.getKey());
			if (shown != null && shown.isValueNode() && !sent.getKey().equals("id") && sent.getValue().isValueNode()) {
				json.set(sent.getKey(), FormValues.bound(shown, sent.getValue()));
			}
		});
		return json;
	}

	/**
	 * The entity in a list asked for with {@code minimal}:
	 * {@code FetchCommonApiController} then serialises the first of the controller's
	 * serializer groups as its {@code List} group, so only the list properties show (and
	 * the other groups'); by default as listed.
	 * @param entity the entity
	 * @return the JSON
	 */
	default ObjectNode minimal(E entity) {
		return json(entity, View.LISTED);
	}

	/**
	 * The entity's JSON with only some of its keys, in their order.
	 * @param json the JSON
	 * @param keys the keys to keep
	 * @return a copy with those keys
	 */
	static ObjectNode only(ObjectNode json, List<String> keys) {
		ObjectNode kept = JsonNodeFactory.instance.objectNode();
		json.properties().forEach((entry) -> {
			if (keys.contains(entry.getKey())) {
				kept.set(entry.getKey(), entry.getValue());
			}
		});
		return kept;
	}

	/** The keys of Mautic's {@code publishDetails} serializer group. */
	List<String> PUBLISH_DETAILS = List.of("isPublished", "dateAdded", "dateModified", "createdBy", "createdByUser",
			"modifiedBy", "modifiedByUser");

	/**
	 * The properties the entity's form binds, which a PUT clears when it does not send
	 * them; none by default.
	 * @return the property names
	 */
	default List<String> formFields() {
		return List.of();
	}

	/**
	 * The columns lists can filter and order by; any other is the database's error.
	 * @return the column names
	 */
	default List<String> columns() {
		return List.of("id");
	}

	/**
	 * The value of a column, for {@code where}, {@code orderBy} and text search.
	 * @param entity the entity
	 * @param column the column, without table alias
	 * @return the value, or null
	 */
	default @Nullable Object column(E entity, String column) {
		return column.equals("id") ? id(entity) : null;
	}

	/**
	 * The columns a search term without command is matched against ({@code LIKE %term%}).
	 * @return the columns
	 */
	default List<String> searchColumns() {
		return List.of();
	}

	/** The answers an entity appears in. */
	enum View {

		/** Answering the create that made it (a new entity's form state). */
		CREATED,
		/** Read back: get, edits. */
		LOADED,
		/** In a list. */
		LISTED,
		/** Answering its delete: read before it went, with {@code id: null}. */
		DELETED

	}

}
