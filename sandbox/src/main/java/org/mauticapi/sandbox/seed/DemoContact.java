package org.mauticapi.sandbox.seed;

import org.jspecify.annotations.Nullable;

/**
 * A contact of the demo set as the later calls need it: the id the sandbox assigns it,
 * whether it is identified and where it works.
 *
 * @param id the contact id (creation order, from 1)
 * @param email the email address, null for an anonymous visitor
 * @param company the index of its company in {@link DemoCatalog#COMPANIES}, or null
 */
record DemoContact(int id, @Nullable String email, @Nullable Integer company) {

	boolean identified() {
		return this.email != null;
	}

}
