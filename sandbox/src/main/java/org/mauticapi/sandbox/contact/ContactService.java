package org.mauticapi.sandbox.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.error.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The contact operations with Mautic's semantics: create merges into the contact holding the same email (200), PUT
 * on a missing id creates one with a new id (201), PATCH on a missing id is 404, delete answers the entity with
 * {@code "id": null}, and batches answer per item, keyed by request index.
 */
@Service
public class ContactService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final int MAX_BATCH = 200;

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
				// Without id among the columns Mautic cannot hydrate the entity (recording 135).
				if (!select.contains("id")) {
					throw MauticApiException.notFound();
				}
				return ResponseEntity.ok(wrap("contact", this.json.selected(contact, select)));
			}
			return ResponseEntity.ok(wrap("contact", this.json.loaded(contact)));
		});
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
			this.writer.check(body, contact, true);
			update(contact, body, ContactWriter.Mode.UPDATE);
			return ResponseEntity.ok(wrap("contact", answer(contact)));
		});
	}

	public ResponseEntity<JsonNode> replace(long id, @Nullable JsonNode payload) {
		JsonNode body = asObject(payload);
		return this.state.write(() -> {
			Optional<Contact> existing = this.contacts.find(id);
			if (existing.isEmpty()) {
				this.writer.check(body, null, true);
				Contact created = newContact(body, ContactWriter.Mode.REPLACE);
				ObjectNode answer = this.json.created(created);
				ContactWriter.answered(created);
				return ResponseEntity.status(201).body(wrap("contact", answer));
			}
			this.writer.check(body, existing.get(), true);
			update(existing.get(), body, ContactWriter.Mode.REPLACE);
			return ResponseEntity.ok(wrap("contact", answer(existing.get())));
		});
	}

	public ResponseEntity<JsonNode> delete(long id) {
		return this.state.write(() -> {
			Contact contact = this.contacts.get(id);
			ObjectNode deleted = this.json.loaded(contact);
			remove(contact);
			deleted.putNull("id");
			((ObjectNode) deleted.get("fields").get("all")).putNull("id");
			return ResponseEntity.ok(wrap("contact", deleted));
		});
	}

	public ResponseEntity<JsonNode> createBatch(@Nullable JsonNode payload) {
		List<JsonNode> items = batchItems(payload);
		return this.state.write(() -> {
			BatchAnswer answer = new BatchAnswer();
			for (int i = 0; i < items.size(); i++) {
				try {
					Result result = createOrMerge(asObject(items.get(i)));
					answer.contact(i, result.json());
					answer.status(i, result.status());
				}
				catch (MauticApiException ex) {
					answer.status(i, ex.status());
					answer.error(i, itemError(ex));
				}
			}
			return ResponseEntity.status(201).body(answer.toJson());
		});
	}

	/**
	 * Batch PATCH or PUT. Mautic looks the contacts up by the ids it finds and then pairs them with the items by
	 * position, so an item without id shifts the pairing: its data goes to the next item's contact, and that item
	 * is not found (recordings 291 and 292). The sandbox does the same.
	 */
	public ResponseEntity<JsonNode> editBatch(@Nullable JsonNode payload, ContactWriter.Mode mode) {
		List<JsonNode> items = batchItems(payload);
		return this.state.write(() -> {
			List<Contact> found = new ArrayList<>();
			for (JsonNode item : items) {
				if (item.path("id").canConvertToLong() || item.path("id").asString("").matches("\\d+")) {
					this.contacts.find(item.path("id").asLong()).ifPresent(found::add);
				}
			}
			BatchAnswer answer = new BatchAnswer();
			for (int i = 0; i < items.size(); i++) {
				JsonNode item = asObject(items.get(i));
				boolean hasId = item.has("id");
				Contact contact = (i < found.size()) ? found.get(i) : null;
				try {
					if (contact == null && mode == ContactWriter.Mode.REPLACE && hasId) {
						this.writer.check(item, null, true);
						Contact created = newContact(item, ContactWriter.Mode.REPLACE);
						answer.contact(i, this.json.created(created));
						ContactWriter.answered(created);
						answer.status(i, 201);
						continue;
					}
					if (contact == null) {
						throw hasId ? apiError(404, "Item was not found.") : apiError(400, "mautic.api.call.id_missing");
					}
					this.writer.check(item, contact, true);
					update(contact, item, mode);
					if (!hasId) {
						throw apiError(400, "mautic.api.call.id_missing");
					}
					answer.contact(i, answer(contact));
					answer.status(i, 200);
				}
				catch (MauticApiException ex) {
					// An item without id still changed the contact it was paired with, which the answer shows (291);
					// an item the form refused shows its contact without fields.all (293).
					if (contact != null && ex.status() == 400) {
						answer.contact(i, hasId ? withoutAllGroup(answer(contact)) : answer(contact));
					}
					answer.status(i, ex.status());
					answer.error(i, itemError(ex));
				}
			}
			return ResponseEntity.ok(answer.toJson());
		});
	}

	/** Batch delete: ids from the query string only; unknown ids are skipped. */
	public ResponseEntity<JsonNode> deleteBatch(@Nullable String ids) {
		return this.state.write(() -> {
			ObjectNode body = JSON.objectNode();
			var list = body.putArray("contacts");
			if (ids != null) {
				for (String id : ids.split(",")) {
					if (id.trim().matches("\\d+")) {
						this.contacts.find(Long.parseLong(id.trim())).ifPresent((contact) -> {
							list.add(this.json.loaded(contact));
							remove(contact);
						});
					}
				}
			}
			return ResponseEntity.ok(body);
		});
	}

	private Result createOrMerge(JsonNode body) {
		JsonNode email = body.path("email");
		Optional<Contact> existing = email.isString() && !email.asString().isEmpty()
				? this.contacts.findByEmail(email.asString()) : Optional.empty();
		if (existing.isPresent()) {
			Contact contact = existing.get();
			this.writer.check(body, contact, false);
			update(contact, body, ContactWriter.Mode.UPDATE);
			if (body.path("overwriteWithBlank").asBoolean(false)) {
				this.writer.blankFieldsNotIn(contact, body);
			}
			return new Result(200, answer(contact));
		}
		this.writer.check(body, null, false);
		return new Result(201, this.json.created(newContact(body)));
	}

	// The contact as a write answers it; fields the write blanked show as "" only in this answer.
	private ObjectNode answer(Contact contact) {
		ObjectNode answer = this.json.loaded(contact);
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

	private static List<JsonNode> batchItems(@Nullable JsonNode payload) {
		// A batch body that is not a list makes Mautic's batch loop fail (recording 272).
		if (payload == null || !payload.isArray()) {
			throw MauticApiException.serverError();
		}
		if (payload.size() > MAX_BATCH) {
			throw new MauticApiException(500,
					MauticErrors.controller(500, "A max of 200 entities are supported at a time.", List.of()));
		}
		List<JsonNode> items = new ArrayList<>();
		payload.forEach(items::add);
		return items;
	}

	private static JsonNode itemError(MauticApiException ex) {
		ObjectNode error = (ObjectNode) ex.body().get("errors").get(0).deepCopy();
		if (!error.has("type")) {
			error.putNull("type");
		}
		return error;
	}

	private static MauticApiException apiError(int status, String message) {
		return new MauticApiException(status, MauticErrors.typed(status, message, "api"));
	}

	// The entity of an item the form refused is answered as the form left it: no fields.all, and points as the
	// submitted text (recordings 293, 296).
	private static ObjectNode withoutAllGroup(ObjectNode contact) {
		ObjectNode fields = (ObjectNode) contact.get("fields");
		fields.remove("all");
		if (fields.path("core").path("points") instanceof ObjectNode points) {
			points.put("value", points.path("value").asString());
			points.put("normalizedValue", points.path("normalizedValue").asString());
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
