package org.mauticapi.conformance.ownership;

import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The kinds of entity a run creates and deletes: where Mautic serves them, which requests
 * create them, and where the run's marker sits in their serialisation. Contacts and
 * segments are the documented API; the others are the prerequisites the kit creates
 * through Mautic's own API when the target has none to read. What belongs to a contact
 * (its notes, devices, UTM tags, do-not-contact entries, memberships and scores) goes
 * with it: Mautic deletes them with the contact.
 */
public enum EntityKind {

	/** A contact; the marker is in its email or last name. */
	CONTACT("/contacts", "contact", "contacts", List.of("email", "lastname"),
			"POST /contacts/new|PUT /contacts/\\d+/edit|POST /contacts/batch/new|PUT /contacts/batch/edit"),

	/** A segment; the marker is in its name or description. */
	SEGMENT("/segments", "list", "lists", List.of("name", "description"), "POST /segments/new|PUT /segments/\\d+/edit"),

	/** A point group (Mautic 5.1+); the marker is in its name. */
	POINT_GROUP("/points/groups", "pointGroup", "pointGroups", List.of("name", "description"),
			"POST /points/groups/new"),

	/** A company; the marker is in its name. */
	COMPANY("/companies", "company", "companies", List.of("companyname"), "POST /companies/new"),

	/** A campaign; the marker is in its name. */
	CAMPAIGN("/campaigns", "campaign", "campaigns", List.of("name", "description"), "POST /campaigns/new");

	private final String collectionPath;

	private final String envelopeKey;

	private final String listKey;

	private final List<String> markedFields;

	private final Pattern creatingRequests;

	EntityKind(String collectionPath, String envelopeKey, String listKey, List<String> markedFields,
			String creatingRequests) {
		this.collectionPath = collectionPath;
		this.envelopeKey = envelopeKey;
		this.listKey = listKey;
		this.markedFields = markedFields;
		this.creatingRequests = Pattern.compile(creatingRequests);
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
	 * The key a single entity is answered under ({@code contact}, {@code list},
	 * {@code pointGroup}...).
	 * @return the envelope key
	 */
	public String envelopeKey() {
		return this.envelopeKey;
	}

	/**
	 * The search for entities that may carry the marker, in Mautic's list of this kind.
	 * @param marker the run's marker
	 * @return the path of the search
	 */
	String searchPath(String marker) {
		return this.collectionPath + "?search=" + marker + "&limit=200";
	}

	/**
	 * Where Mautic lists the entities of this kind.
	 * @return e.g. {@code /contacts}
	 */
	public String listPath() {
		return this.collectionPath;
	}

	/**
	 * The key the list of this kind holds its entities under ({@code contacts},
	 * {@code lists}...).
	 * @return the key
	 */
	public String listKey() {
		return this.listKey;
	}

	/**
	 * Whether a request can create entities of this kind.
	 * @param method the HTTP method
	 * @param path the path below {@code /api}, without query string
	 * @return whether its answer may hold new entities of this kind
	 */
	boolean createdBy(String method, String path) {
		return this.creatingRequests.matcher(method + " " + path).matches();
	}

	/**
	 * Whether an entity, as Mautic serialises it, carries the marker. Contacts and
	 * companies hold their fields in {@code fields.all} (GET, create and edit answers) or
	 * at the top level (the flattened DNC and UTM answers).
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
