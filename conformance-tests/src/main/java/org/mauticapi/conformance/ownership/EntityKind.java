package org.mauticapi.conformance.ownership;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The kinds of entity a run creates, where their documented operations live, and where the run's marker sits in
 * their serialisation.
 */
public enum EntityKind {

	/** A contact; the marker is in its email or last name. */
	CONTACT("/contacts", "contact", List.of("email", "lastname")),

	/** A segment; the marker is in its name or description. */
	SEGMENT("/segments", "list", List.of("name", "description"));

	private final String collectionPath;

	private final String envelopeKey;

	private final List<String> markedFields;

	EntityKind(String collectionPath, String envelopeKey, List<String> markedFields) {
		this.collectionPath = collectionPath;
		this.envelopeKey = envelopeKey;
		this.markedFields = markedFields;
	}

	/**
	 * The path of one entity.
	 * @param id its id
	 * @return e.g. {@code /contacts/12}
	 */
	public String path(long id) {
		return this.collectionPath + "/" + id;
	}

	/**
	 * The key a single entity is answered under ({@code contact}, {@code list}).
	 * @return the envelope key
	 */
	public String envelopeKey() {
		return this.envelopeKey;
	}

	/**
	 * Whether an entity, as Mautic serialises it, carries the marker. Contacts hold their fields in
	 * {@code fields.all} (GET, create and edit answers) or at the top level (the flattened DNC and UTM answers).
	 * @param entity the entity
	 * @param marker the run's marker
	 * @return whether one of the marked fields contains it
	 */
	public boolean carries(JsonNode entity, String marker) {
		for (String field : this.markedFields) {
			for (JsonNode value : List.of(entity.path(field), entity.path("fields").path("all").path(field))) {
				if (value.isString() && value.asString().contains(marker)) {
					return true;
				}
			}
		}
		return false;
	}

}
