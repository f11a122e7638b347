package org.mauticapi.contract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract as the gateway enforces it on requests: the document without the
 * constraints that Mautic checks itself and answers with a clear error. A schema lists
 * those under {@code x-mautic-validates} (for instance {@code [format]} on a contact's
 * email, which Mautic answers with "email: ... is invalid."), so that such a request gets
 * Mautic's own answer, while constraints Mautic silently ignores or answers with a 500
 * stay enforced.
 */
final class GuardDocument {

	/**
	 * The vendor keyword listing the keywords of a schema that Mautic enforces itself.
	 */
	static final String VALIDATED_BY_MAUTIC = "x-mautic-validates";

	private GuardDocument() {
	}

	static JsonNode of(JsonNode document) {
		JsonNode copy = document.deepCopy();
		strip(copy);
		return copy;
	}

	// The document is the project's own, a few levels deep: recursion is bounded by its
	// authors.
	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode validated = object.get(VALIDATED_BY_MAUTIC);
			if (validated != null) {
				validated.forEach((keyword) -> object.remove(keyword.asString()));
			}
		}
		node.forEach(GuardDocument::strip);
	}

}
