package org.mauticapi.sandbox.pointgroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A point group (Mautic 5.1's {@code point_groups}): a named score every contact may have.
 * @param id the id
 * @param name the name
 * @param description the description, if any
 * @param dateAdded when it was created
 * @param createdBy the creating user's id
 * @param createdByUser the creating user's name
 */
record PointGroup(long id, String name, @Nullable String description, Instant dateAdded, long createdBy,
		String createdByUser) {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** As a group score shows it: id, name, description. */
	ObjectNode summary() {
		return JSON.objectNode().put("id", this.id).put("name", this.name).put("description", this.description);
	}

	/** As Mautic answers the group's creation (recording 035). */
	ObjectNode entity() {
		ObjectNode json = JSON.objectNode()
			.put("isPublished", true)
			.put("dateAdded", SandboxState.iso(this.dateAdded))
			.putNull("dateModified")
			.put("createdBy", this.createdBy)
			.put("createdByUser", this.createdByUser)
			.putNull("modifiedBy")
			.putNull("modifiedByUser");
		return json.put("id", this.id).put("name", this.name).put("description", this.description);
	}

}
