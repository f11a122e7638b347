package org.mauticapi.sandbox.pointgroup;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityAudit;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A point group (Mautic 5.1's {@code point_groups}): a named score every contact may
 * have. Mutable, touched only under the state's lock.
 */
final class PointGroup {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final long id;

	private final EntityAudit audit;

	String name;

	@Nullable String description;

	PointGroup(long id, EntityAudit audit, String name, @Nullable String description) {
		this.id = id;
		this.audit = audit;
		this.name = name;
		this.description = description;
	}

	long id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	EntityAudit audit() {
		return this.audit;
	}

	/**
	 * As a group score shows it: id, name, and the description only when there is one (no
	 * nulls there).
	 */
	ObjectNode summary() {
		ObjectNode json = JSON.objectNode().put("id", this.id).put("name", this.name);
		if (this.description != null) {
			json.put("description", this.description);
		}
		return json;
	}

	/** As Mautic's point group API answers it (recording 035). */
	ObjectNode entity(@Nullable Long id) {
		return this.audit.writeTo(JSON.objectNode())
			.put("id", id)
			.put("name", this.name)
			.put("description", this.description);
	}

}
