package org.mauticapi.conformance.ownership;

import java.util.Locale;

/**
 * An entity the run created on the target.
 *
 * @param kind contact or segment
 * @param id its id on the target
 */
public record OwnedEntity(EntityKind kind, long id) {

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + this.id;
	}

}
