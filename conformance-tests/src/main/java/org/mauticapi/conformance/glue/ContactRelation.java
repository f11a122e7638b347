package org.mauticapi.conformance.glue;

import java.util.Arrays;

/**
 * The lists hanging off a contact, each with the sub-path that lists it and the key its
 * entries are under.
 */
public enum ContactRelation {

	/** Notes written about the contact. */
	NOTES("notes", "/notes", "notes"),

	/** Devices the contact was tracked on. */
	DEVICES("devices", "/devices", "devices"),

	/** Companies the contact belongs to. */
	COMPANIES("companies", "/companies", "companies"),

	/** Campaigns the contact is in. */
	CAMPAIGNS("campaigns", "/campaigns", "campaigns"),

	/** Segments the contact is in. */
	SEGMENTS("segments", "/segments", "lists"),

	/** Point groups the contact has a score in (Mautic 5.1+). */
	POINT_GROUP_SCORES("point group scores", "/points/groups", "groupScores");

	private final String featureName;

	private final String subPath;

	private final String key;

	ContactRelation(String featureName, String subPath, String key) {
		this.featureName = featureName;
		this.subPath = subPath;
		this.key = key;
	}

	static ContactRelation named(String featureName) {
		return Arrays.stream(values())
			.filter((relation) -> relation.featureName.equals(featureName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No relation " + featureName));
	}

	/**
	 * Where a contact's entries of this relation are listed.
	 * @param contact the contact's id
	 * @return e.g. {@code /contacts/12/notes}
	 */
	String path(String contact) {
		return "/contacts/" + contact + this.subPath;
	}

	String key() {
		return this.key;
	}

	@Override
	public String toString() {
		return this.featureName;
	}

}
