package org.mauticapi.sandbox.stage;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityAudit;

/**
 * A stage (Mautic's {@code stages} row): a name, a weight and a description. Mutable,
 * touched only under the state's lock.
 */
final class Stage {

	private final long id;

	private final EntityAudit audit;

	@Nullable String name;

	int weight;

	@Nullable String description;

	Stage(long id, EntityAudit audit) {
		this.id = id;
		this.audit = audit;
	}

	long id() {
		return this.id;
	}

	EntityAudit audit() {
		return this.audit;
	}

}
