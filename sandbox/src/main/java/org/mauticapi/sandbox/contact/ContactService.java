package org.mauticapi.sandbox.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.BatchIds;
import org.mauticapi.sandbox.entity.CommonApi;
import org.mauticapi.sandbox.entity.EntityIds;
import org.mauticapi.sandbox.entity.PhpArray;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The contact operations with Mautic's semantics: create merges into the contact holding
 * the same email (200), PUT on a missing id creates one with a new id (201), PATCH on a
 * missing id is 404, delete answers the entity with {@code "id": null}, and batches
 * answer per item, keyed by request index.
 */
@Service
public class ContactService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final ContactStore contacts;

	private final ContactWriter writer;

	private final ContactJson json;

	private final UserStore users;

	private final List<ContactLifecycle> lifecycle;

	public ContactService(SandboxState state, ContactStore contacts, ContactWriter writer, ContactJson json,
			UserStore users, List<ContactLifecycle> lifecycle) {
		this.state = state;
		this.contacts = contacts;
		this.writer = writer;
		this.json = json;
		this.users = users;
		this.lifecycle = lifecycle;
	}

	public ResponseEntity<JsonNode> get(long id, @Nullable List<String> select) {
		return this.state.read(() -> {
			Contact contact = this.contacts.get(id);
			if (select != null && !select.isEmpty()) {
				return ResponseEntity.ok(wrap("contact", selected(contact, select)));
			}
			return ResponseEntity.ok(wrap("contact", this.json.loaded(contact)));
		});
	}

	/**
	 * A contact read with {@code select[]}, as
	 * {@code CommonRepository::buildSelectClause} builds the two queries of
	 * {@code LeadRepository::getEntity} (probes of Mautic 5.1.0, 98-fresh consent-records
	 * and campaign-attribution): the entity query takes the selected properties of
	 * {@code Lead} (a partial entity, which Doctrine cannot hydrate without {@code id}:
	 * 404, recording 135); the field query takes the selected columns of the
	 * {@code leads} table, with their underscores removed by {@code sanitize}, so a
	 * column such as {@code last_active} is not found (500). A selection that names no
	 * property of the entity reads the whole contact, serialised without nulls.
	 */
	private ObjectNode selected(Contact contact, List<String> select) {
		boolean partial = select.stream().anyMatch(SelectColumns.ENTITY_PROPERTIES::contains);
		if (partial && !select.contains("id")) {
			throw MauticApiException.notFound();
		}
		SelectColumns.check(select);
		return partial ? this.json.selected(contact, select)
				: (ObjectNode) ContactJson.withoutNulls(this.json.loaded(contact));
	}

	public ResponseEntity<JsonNode> create(@Nullable JsonNode payload) {
		JsonNode body = asObject(payload);
		return this.state.write(() -> {
			Result result = createOrMerge(body);
			return ResponseEntity.status(result.status()).body(wrap("contact", result.json()));
		});
	}

	public ResponseEntity<JsonNode> edit(long id, @Nullable JsonNode payload) {
		JsonNode body = asObject(payload);
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			this.writer.check(body, contact, true, false);
			update(contact, body, ContactWriter.Mode.UPDATE);
			return ResponseEntity.ok(wrap("contact", answer(contact)));
		});
	}

	public ResponseEntity<JsonNode> replace(long id, @Nullable JsonNode payload) {
		JsonNode body = asObject(payload);
		return this.state.write(() -> {
			Optional<Contact> existing = this.contacts.find(id);
			if (existing.isEmpty()) {
				this.writer.check(body, null, true, true);
				Contact created = newContact(body, ContactWriter.Mode.REPLACE);
				ObjectNode answer = this.json.created(created);
				ContactWriter.answered(created);
				return ResponseEntity.status(201).body(wrap("contact", answer));
			}
			this.writer.check(body, existing.get(), true, true);
			update(existing.get(), body, ContactWriter.Mode.REPLACE);
			return ResponseEntity.ok(wrap("contact", answer(existing.get())));
		});
	}

	public ResponseEntity<JsonNode> delete(long id) {
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			ObjectNode deleted = this.json.loaded(contact);
			remove(contact);
			return ResponseEntity.ok(wrap("contact", asDeleted(deleted)));
		});
	}

	/**
	 * Batch new: each item is created (201) or merged into the contact with its email
	 * (200), or refused.
	 */
	public ResponseEntity<JsonNode> createBatch(@Nullable JsonNode payload) {
		Map<String, JsonNode> items = batchItems(payload);
		return this.state.write(() -> {
			PhpArray contacts = new PhpArray();
			PhpArray statusCodes = new PhpArray();
			PhpArray errors = new PhpArray();
			items.forEach((key, item) -> {
				try {
					Result result = createOrMerge(asObject(item));
					contacts.put(key, result.json());
					statusCodes.put(key, JSON.numberNode(result.status()));
				}
				catch (MauticApiException ex) {
					statusCodes.put(key, JSON.numberNode(ex.status()));
					errors.put(key, CommonApi.batchError(ex));
				}
			});
			return ResponseEntity.status(201).body(batchAnswer(contacts, statusCodes, errors));
		});
	}

	/**
	 * Batch PATCH or PUT, as {@code CommonApiController::editEntitiesAction}: the
	 * contacts are looked up by the ids the items carry and paired with the items by
	 * position ({@link BatchIds}), so an item without id shifts the pairing: its data
	 * goes to the next item's contact, and that item is not found (recordings 291, 292).
	 * The answer keeps PHP's key order: found contacts first, in the order of the ids,
	 * then the created ones.
	 */
	public ResponseEntity<JsonNode> editBatch(@Nullable JsonNode payload, ContactWriter.Mode mode) {
		Map<String, JsonNode> items = batchItems(payload);
		return this.state.write(() -> {
			BatchIds ids = BatchIds.ofItems(items);
			Map<String, Contact> found = ids.entities((id) -> EntityIds.parse(id).flatMap(this.contacts::find));
			PhpArray answers = new PhpArray();
			found.forEach((key, contact) -> answers.put(key, JSON.nullNode()));
			PhpArray errors = new PhpArray();
			ids.errors().forEach((key, message) -> errors.put(key, CommonApi.apiError(message, 400)));
			PhpArray statusCodes = new PhpArray();
			items.forEach((key, raw) -> {
				JsonNode item = asObject(raw);
				Contact contact = found.get(key);
				int status = 200;
				try {
					if (contact == null && mode == ContactWriter.Mode.UPDATE) {
						errors.put(key, CommonApi.apiError("Item was not found.", 404));
						statusCodes.put(key, JSON.numberNode(404));
						return;
					}
					if (contact == null) {
						this.writer.check(item, null, true, true);
						Contact created = newContact(item, ContactWriter.Mode.REPLACE);
						answers.put(key, this.json.created(created));
						ContactWriter.answered(created);
						status = 201;
					}
					else {
						this.writer.check(item, contact, true, mode == ContactWriter.Mode.REPLACE);
						update(contact, item, mode);
						// An item with an email makes LeadApiController::preSaveEntity
						// look the contact up again by
						// it (checkForDuplicateContact), which reloads its fields in
						// display order; otherwise they stay
						// as the list loaded them, in column order.
						answers.put(key, identifiesByEmail(item) ? answer(contact) : batchAnswer(contact));
					}
				}
				catch (MauticApiException ex) {
					errors.put(key, CommonApi.batchError(ex));
					// An item the form refused leaves its contact in the answer as the
					// form left it: no
					// fields.all, and points as the submitted text (recordings 293, 296).
					if (contact != null) {
						answers.put(key, withoutAllGroup(batchAnswer(contact)));
					}
				}
				statusCodes.put(key,
						errors.get(key).map((error) -> error.path("code")).orElse(JSON.numberNode(status)));
			});
			found.forEach((key, contact) -> {
				if (answers.get(key).map(JsonNode::isNull).orElse(false)) {
					answers.put(key, batchAnswer(contact));
				}
			});
			return ResponseEntity.ok(batchAnswer(answers, statusCodes, errors));
		});
	}

	/**
	 * Batch delete: ids from the query string only ({@code ids=1,2}), answered with the
	 * contacts as they were, in the order of the ids and keyed by their position
	 * ({@code CommonApiController::deleteEntitiesAction}).
	 */
	public ResponseEntity<JsonNode> deleteBatch(@Nullable String ids) {
		return this.state.write(() -> {
			ObjectNode query = JSON.objectNode();
			if (ids != null) {
				query.put("ids", ids);
			}
			Map<String, Contact> found = BatchIds.ofQuery(query)
				.entities((id) -> EntityIds.parse(id).flatMap(this.contacts::find));
			PhpArray answers = new PhpArray();
			found.forEach((key, contact) -> answers.put(key, this.json.deletedInBatch(contact)));
			PhpArray errors = new PhpArray();
			CommonApi.deleteEach(found, this::remove, errors);
			ObjectNode body = JSON.objectNode();
			body.set("contacts", answers.toJson());
			if (!errors.isEmpty()) {
				body.set("errors", errors.toJson());
			}
			return ResponseEntity.ok(body);
		});
	}

	private boolean identifiesByEmail(JsonNode item) {
		JsonNode email = item.path("email");
		return email.isString() && !email.asString().isBlank()
				&& this.contacts.findByEmail(email.asString()).isPresent();
	}

	private static ObjectNode batchAnswer(PhpArray contacts, PhpArray statusCodes, PhpArray errors) {
		ObjectNode body = JSON.objectNode();
		body.set("contacts", contacts.toJson());
		body.set("statusCodes", statusCodes.toJson());
		if (!errors.isEmpty()) {
			body.set("errors", errors.toJson());
		}
		return body;
	}

	/**
	 * The contact as Mautic serialises it after deleting it
	 * ({@code CommonApiController::deleteEntityAction}): Doctrine has removed its rows,
	 * so its id and the ids of its do-not-contact entries and UTM tags are null, and its
	 * tags, detached, are gone.
	 */
	private static ObjectNode asDeleted(ObjectNode contact) {
		contact.putNull("id");
		((ObjectNode) contact.get("fields").get("all")).putNull("id");
		contact.putArray("tags");
		for (String related : List.of("doNotContact", "utmtags")) {
			contact.path(related).forEach((entry) -> ((ObjectNode) entry).putNull("id"));
		}
		return contact;
	}

	private Result createOrMerge(JsonNode body) {
		JsonNode email = body.path("email");
		Optional<Contact> existing = email.isString() && !email.asString().isEmpty()
				? this.contacts.findByEmail(email.asString()) : Optional.empty();
		if (existing.isPresent()) {
			Contact contact = existing.get();
			this.writer.check(body, contact, false, true);
			update(contact, body, ContactWriter.Mode.UPDATE);
			if (ContactWriter.overwritesWithBlank(body)) {
				this.writer.blankFieldsNotIn(contact, body);
			}
			return new Result(200, answer(contact));
		}
		this.writer.check(body, null, false, true);
		Contact created = newContact(body);
		ObjectNode answer = this.json.created(created);
		// The fields this create blanked show as "" in its answer only (99-fresh
		// docs-utm-and-points).
		ContactWriter.answered(created);
		return new Result(201, answer);
	}

	// The contact as a write answers it; fields the write blanked show as "" only in this
	// answer.
	private ObjectNode answer(Contact contact) {
		ObjectNode answer = this.json.loaded(contact);
		ContactWriter.answered(contact);
		return answer;
	}

	private ObjectNode batchAnswer(Contact contact) {
		ObjectNode answer = this.json.batched(contact);
		ContactWriter.answered(contact);
		return answer;
	}

	private Contact newContact(JsonNode body) {
		return newContact(body, ContactWriter.Mode.UPDATE);
	}

	private Contact newContact(JsonNode body, ContactWriter.Mode mode) {
		User by = this.users.currentUser();
		Contact contact = this.contacts.create(by);
		this.writer.apply(contact, body, mode, by, false);
		this.writer.applyDefaults(contact, body);
		this.lifecycle.forEach((listener) -> listener.created(contact));
		return contact;
	}

	private void update(Contact contact, JsonNode body, ContactWriter.Mode mode) {
		this.writer.apply(contact, body, mode, this.users.currentUser(), true);
		this.lifecycle.forEach((listener) -> listener.changed(contact));
	}

	private void remove(Contact contact) {
		this.contacts.remove(contact.id());
		this.lifecycle.forEach((listener) -> listener.deleted(contact));
	}

	private static Map<String, JsonNode> batchItems(@Nullable JsonNode payload) {
		// A batch body that is not a list makes Mautic's batch loop fail (recording 272).
		if (payload == null || !payload.isArray()) {
			throw MauticApiException.serverError();
		}
		return CommonApi.items(payload);
	}

	// The entity of an item the form refused is answered as the form left it: no
	// fields.all, and points as the
	// submitted text (recordings 293, 296).
	// The numbers of every group show as text there too, the points and the number fields
	// alike (102-fresh
	// custom-fields-in-lists).
	private static ObjectNode withoutAllGroup(ObjectNode contact) {
		ObjectNode fields = (ObjectNode) contact.get("fields");
		fields.remove("all");
		for (JsonNode group : fields.values()) {
			for (JsonNode entry : group.values()) {
				if (entry instanceof ObjectNode field && "number".equals(field.path("type").asString(""))) {
					for (String key : List.of("value", "normalizedValue")) {
						if (field.path(key).isNumber()) {
							field.put(key, field.path(key).decimalValue().stripTrailingZeros().toPlainString());
						}
					}
				}
			}
		}
		return contact;
	}

	static JsonNode asObject(@Nullable JsonNode payload) {
		return (payload != null && payload.isObject()) ? payload : JSON.objectNode();
	}

	static ObjectNode wrap(String key, JsonNode value) {
		ObjectNode body = JSON.objectNode();
		body.set(key, value);
		return body;
	}

	private record Result(int status, JsonNode json) {
	}

}
