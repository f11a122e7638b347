package org.mauticapi.bench.upstream;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists of the size a benchmark asks for, built from the documented examples:
 * {@code listContacts} answers {@code limit} contacts with distinct ids (so that a
 * GraphQL query fans out per contact), and {@code listSegments} a segment whose alias is
 * the one searched for (the GraphQL {@code segment(alias:)} picks it by exact alias).
 * Each answer is serialised once and then served as bytes.
 */
public final class SyntheticLists {

	/** Mautic's page size when a list call has no {@code limit}. */
	static final int DEFAULT_LIMIT = 30;

	private static final int MAX_CACHED = 1_000;

	private final ObjectNode contactTemplate;

	private final ObjectNode segmentListTemplate;

	private final int contacts;

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	/**
	 * Lists built from the examples.
	 * @param answers the documented answers
	 * @param contacts how many contacts the upstream pretends to hold
	 */
	public SyntheticLists(ExampleAnswers answers, int contacts) {
		JsonNode contactList = answers.example("listContacts");
		this.contactTemplate = (ObjectNode) contactList.path("contacts").values().iterator().next();
		this.segmentListTemplate = (ObjectNode) answers.example("listSegments");
		this.contacts = contacts;
	}

	/**
	 * A page of contacts: ids {@code start + 1} to {@code start + limit}, at most as many
	 * as there are.
	 * @param start the offset
	 * @param limit the page size ({@code 0} or less: Mautic's default)
	 * @return the serialised {@code listContacts} answer
	 */
	public byte[] contacts(int start, int limit) {
		int from = Math.max(0, start);
		int size = Math.max(0, Math.min((limit > 0) ? limit : DEFAULT_LIMIT, this.contacts - from));
		return cached("contacts " + from + " " + size, () -> {
			ObjectNode answer = JsonMapper.shared().createObjectNode();
			// Mautic sends this total as a string (x-mautic-quirk string-number).
			answer.put("total", Integer.toString(this.contacts));
			ObjectNode byId = answer.putObject("contacts");
			for (int id = from + 1; id <= from + size; id++) {
				byId.set(Integer.toString(id), contact(id));
			}
			return answer;
		});
	}

	/**
	 * The segment list, its first segment carrying the alias searched for.
	 * @param search the search text, the alias of a GraphQL {@code segment(alias:)}
	 * @return the serialised {@code listSegments} answer
	 */
	public byte[] segments(String search) {
		return cached("segments " + search, () -> {
			ObjectNode answer = this.segmentListTemplate.deepCopy();
			if (!search.isBlank()) {
				JsonNode first = answer.path("lists").values().iterator().next();
				((ObjectNode) first).put("alias", search);
			}
			return answer;
		});
	}

	private ObjectNode contact(int id) {
		ObjectNode contact = this.contactTemplate.deepCopy();
		contact.put("id", id);
		String email = "contact" + id + "@example.com";
		JsonNode all = contact.path("fields").path("all");
		if (all instanceof ObjectNode allFields) {
			allFields.put("id", Integer.toString(id));
			allFields.put("email", email);
		}
		JsonNode core = contact.path("fields").path("core").path("email");
		if (core instanceof ObjectNode emailField) {
			emailField.put("value", email);
			emailField.put("normalizedValue", email);
		}
		return contact;
	}

	private byte[] cached(String key, Supplier<JsonNode> answer) {
		byte[] bytes = this.cache.get(key);
		if (bytes == null) {
			bytes = JsonMapper.shared().writeValueAsBytes(answer.get());
			if (this.cache.size() < MAX_CACHED) {
				this.cache.put(key, bytes);
			}
		}
		return bytes;
	}

}
