package org.mauticapi.sandbox.entity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * What Mautic's {@code CommonApiController} and {@code FetchCommonApiController} do for
 * any entity, for any {@link EntityKind}: get, list, new, edit (PATCH on a missing id is
 * 404, PUT creates one with a new id), delete (answered after the delete, so with
 * {@code id: null}), and the batch forms, whose answers are PHP arrays keyed as the
 * request keyed its items (see {@link BatchIds}).
 */
@Service
public class CommonApi {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** {@code api_batch_max_limit}'s default. */
	private static final int MAX_BATCH = 200;

	private final SandboxState state;

	public CommonApi(SandboxState state) {
		this.state = state;
	}

	public <E> ResponseEntity<JsonNode> get(EntityKind<E> kind, long id) {
		return this.state.read(() -> ResponseEntity
			.ok(wrap(kind.names().itemName(), kind.json(found(kind, id), EntityKind.View.LOADED))));
	}

	public <E> ResponseEntity<JsonNode> list(EntityKind<E> kind, JsonNode query) {
		return this.state.read(() -> {
			EntityQuery.Page<E> page = EntityQuery.parse(query).run(kind);
			// FetchCommonApiController tests minimal as PHP does: any value but "" and
			// "0", or a non-empty array
			JsonNode minimalValue = query.path("minimal");
			boolean minimal = minimalValue.isContainer() ? !minimalValue.isEmpty()
					: !minimalValue.asString("").isEmpty() && !minimalValue.asString("").equals("0");
			ObjectNode body = JSON.objectNode();
			ObjectNode keyed = JSON.objectNode();
			var array = JSON.arrayNode();
			for (E entity : page.entities()) {
				ObjectNode json = minimal ? kind.minimal(entity) : kind.json(entity, EntityKind.View.LISTED);
				keyed.set(String.valueOf(kind.id(entity)), json);
				array.add(json);
			}
			switch (kind.names().listStyle()) {
				case ARRAY -> body.put("total", page.total()).set(kind.names().listName(), array);
				case KEYED_BY_ID -> body.put("total", page.total())
					.set(kind.names().listName(), keyed.isEmpty() ? JSON.arrayNode() : keyed);
				case KEYED_BY_ID_TOTAL_AS_TEXT -> body.put("total", String.valueOf(page.total()))
					.set(kind.names().listName(), keyed.isEmpty() ? JSON.arrayNode() : keyed);
			}
			return ResponseEntity.ok(body);
		});
	}

	public <E> ResponseEntity<JsonNode> create(EntityKind<E> kind, JsonNode payload) {
		return this.state.write(() -> {
			Optional<E> existing = kind.existing(asObject(payload));
			if (existing.isPresent()) {
				// newEntityAction submits the form with POST, which clears what the
				// payload does not send.
				kind.edit(existing.get(), asObject(payload), true);
				return ResponseEntity.ok(wrap(kind.names().itemName(),
						kind.json(current(kind, existing.get()), EntityKind.View.LOADED)));
			}
			E entity = kind.create(asObject(payload));
			return created(kind, entity);
		});
	}

	public <E> ResponseEntity<JsonNode> edit(EntityKind<E> kind, long id, JsonNode payload, boolean replace) {
		return this.state.write(() -> {
			Optional<E> existing = kind.find(id);
			if (existing.isEmpty()) {
				if (!replace) {
					throw MauticApiException.notFound();
				}
				return created(kind, kind.create(asObject(payload)));
			}
			kind.edit(existing.get(), asObject(payload), replace);
			return ResponseEntity
				.ok(wrap(kind.names().itemName(), kind.json(current(kind, existing.get()), EntityKind.View.LOADED)));
		});
	}

	/**
	 * The entity as stored after an edit: a kind may keep its entities as values and
	 * store an edited copy.
	 */
	private static <E> E current(EntityKind<E> kind, E entity) {
		return kind.find(kind.id(entity)).orElse(entity);
	}

	public <E> ResponseEntity<JsonNode> delete(EntityKind<E> kind, long id) {
		return this.state.write(() -> {
			E entity = found(kind, id);
			kind.delete(entity);
			return ResponseEntity.ok(wrap(kind.names().itemName(), kind.json(entity, EntityKind.View.DELETED)));
		});
	}

	/**
	 * Batch new: each item is created (201) or refused with its form's error; answered
	 * 201 either way.
	 */
	public <E> ResponseEntity<JsonNode> createBatch(EntityKind<E> kind, JsonNode payload) {
		Map<String, JsonNode> items = items(payload);
		return this.state.write(() -> {
			PhpArray entities = new PhpArray();
			PhpArray statusCodes = new PhpArray();
			PhpArray errors = new PhpArray();
			items.forEach((key, item) -> {
				try {
					Optional<E> existing = kind.existing(asObject(item));
					if (existing.isPresent()) {
						kind.edit(existing.get(), asObject(item), false);
					}
					E entity = existing.map((found) -> current(kind, found))
						.orElseGet(() -> kind.create(asObject(item)));
					entities.put(key,
							kind.json(entity, existing.isPresent() ? EntityKind.View.LOADED : EntityKind.View.CREATED));
					statusCodes.put(key, JSON.numberNode(existing.isPresent() ? 200 : 201));
				}
				catch (MauticApiException ex) {
					if (ex.failsBatch()) {
						throw MauticApiException.serverError();
					}
					errors.put(key, batchError(ex));
					statusCodes.put(key, JSON.numberNode(ex.status()));
				}
			});
			return ResponseEntity.status(201).body(batchAnswer(kind, entities, statusCodes, errors));
		});
	}

	/**
	 * Batch PATCH or PUT: the entities are looked up by the items' ids and paired with
	 * the items by key; an item whose entity is missing is 404 on PATCH and created on
	 * PUT (201).
	 */
	public <E> ResponseEntity<JsonNode> editBatch(EntityKind<E> kind, JsonNode payload, boolean replace) {
		Map<String, JsonNode> items = items(payload);
		return this.state.write(() -> {
			BatchIds ids = BatchIds.ofItems(items);
			Map<String, E> found = ids.entities((id) -> EntityIds.parse(id).flatMap(kind::find));
			PhpArray entities = new PhpArray();
			found.forEach((key, entity) -> entities.put(key, kind.json(entity, EntityKind.View.LISTED)));
			PhpArray errors = new PhpArray();
			ids.errors().forEach((key, message) -> errors.put(key, apiError(message, 400)));
			PhpArray statusCodes = new PhpArray();
			items.forEach((key, item) -> {
				E entity = found.get(key);
				int status = 200;
				try {
					if (entity == null) {
						if (!replace) {
							errors.put(key, apiError("Item was not found.", 404));
							statusCodes.put(key, JSON.numberNode(404));
							return;
						}
						entity = kind.create(asObject(item));
						status = 201;
					}
					else {
						kind.edit(entity, asObject(item), replace);
						entity = current(kind, entity);
					}
					entities.put(key,
							kind.json(entity, (status == 201) ? EntityKind.View.CREATED : EntityKind.View.LISTED));
				}
				catch (MauticApiException ex) {
					if (ex.failsBatch()) {
						throw MauticApiException.serverError();
					}
					errors.put(key, batchError(ex));
					if (entity != null) {
						entities.put(key, kind.refused(entity, asObject(item), replace));
					}
				}
				statusCodes.put(key,
						errors.get(key).map((error) -> error.path("code")).orElse(JSON.numberNode(status)));
			});
			return ResponseEntity.ok(batchAnswer(kind, entities, statusCodes, errors));
		});
	}

	/**
	 * Batch delete: answered with the entities as they were (ids still set), in the order
	 * of the ids.
	 */
	public <E> ResponseEntity<JsonNode> deleteBatch(EntityKind<E> kind, JsonNode query) {
		return this.state.write(() -> {
			BatchIds ids = BatchIds.ofQuery(query);
			Map<String, E> found = ids.entities((id) -> EntityIds.parse(id).flatMap(kind::find));
			PhpArray entities = new PhpArray();
			found.forEach((key, entity) -> entities.put(key, kind.json(entity, EntityKind.View.LISTED)));
			PhpArray errors = new PhpArray();
			ids.errors().forEach((key, message) -> errors.put(key, apiError(message, 400)));
			deleteEach(found, kind::delete, errors);
			ObjectNode body = JSON.objectNode();
			body.set(kind.names().listName(), entities.toJson());
			if (!errors.isEmpty()) {
				body.set("errors", errors.toJson());
			}
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * Deletes the entities of a batch delete in key order; an id named twice finds its
	 * entity already gone the second time, which is "Item was not found." under that key
	 * ({@code deleteEntitiesAction}).
	 * @param <E> the entity type
	 * @param found the entities by key
	 * @param delete deletes one
	 * @param errors where the errors go
	 */
	public static <E> void deleteEach(Map<String, E> found, java.util.function.Consumer<E> delete, PhpArray errors) {
		java.util.Set<E> deleted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		found.forEach((key, entity) -> {
			if (deleted.add(entity)) {
				delete.accept(entity);
			}
			else {
				errors.put(key, apiError("Item was not found.", 404));
			}
		});
	}

	private <E> ResponseEntity<JsonNode> created(EntityKind<E> kind, E entity) {
		return ResponseEntity.created(URI.create("/api" + kind.names().path() + "/" + kind.id(entity)))
			.body(wrap(kind.names().itemName(), kind.json(entity, EntityKind.View.CREATED)));
	}

	private static <E> E found(EntityKind<E> kind, long id) {
		return kind.find(id).orElseThrow(MauticApiException::notFound);
	}

	private static ObjectNode batchAnswer(EntityKind<?> kind, PhpArray entities, PhpArray statusCodes,
			PhpArray errors) {
		ObjectNode body = JSON.objectNode();
		body.set(kind.names().listName(), entities.toJson());
		body.set("statusCodes", statusCodes.toJson());
		if (!errors.isEmpty()) {
			body.set("errors", errors.toJson());
		}
		return body;
	}

	/**
	 * A batch's items by key: a list is keyed 0, 1, 2...; an object keeps its keys; no
	 * body is no item. Anything else makes Mautic's batch loop fail with its generic 500
	 * (recording 272), as does a batch over {@code api_batch_max_limit}.
	 */
	public static Map<String, JsonNode> items(JsonNode payload) {
		if (payload == null || payload.isNull() || payload.isMissingNode()) {
			return Map.of();
		}
		if (!payload.isContainer()
				|| payload.isObject() && payload.values().stream().anyMatch((item) -> !item.isObject())) {
			throw MauticApiException.serverError();
		}
		if (payload.size() > MAX_BATCH) {
			throw new MauticApiException(500, MauticErrors.controller(500,
					"A max of " + MAX_BATCH + " entities are supported at a time.", List.of()));
		}
		Map<String, JsonNode> items = new LinkedHashMap<>();
		if (payload.isArray()) {
			for (int i = 0; i < payload.size(); i++) {
				items.put(String.valueOf(i), payload.get(i));
			}
		}
		else {
			payload.properties().forEach((entry) -> items.put(entry.getKey(), entry.getValue()));
		}
		return items;
	}

	/**
	 * An item's error from its form, as {@code returnError} gives it in batch mode: with
	 * {@code type: null}.
	 */
	public static JsonNode batchError(MauticApiException ex) {
		ObjectNode error = (ObjectNode) ex.body().get("errors").get(0).deepCopy();
		if (!error.has("details")) {
			error.putArray("details");
		}
		if (!error.has("type")) {
			error.putNull("type");
		}
		return error;
	}

	/** An item's error from the batch itself, as {@code setBatchError} sets it. */
	public static JsonNode apiError(String message, int code) {
		return JSON.objectNode().put("message", message).put("code", code).put("type", "api");
	}

	private static JsonNode asObject(JsonNode payload) {
		return (payload != null && payload.isObject()) ? payload : JSON.objectNode();
	}

	private static ObjectNode wrap(String key, JsonNode value) {
		ObjectNode body = JSON.objectNode();
		body.set(key, value);
		return body;
	}

}
