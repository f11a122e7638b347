package org.mauticapi.sandbox.segment;

import java.time.Instant;

/**
 * A contact's row in a segment (Mautic's {@code lead_lists_leads}): when it was added,
 * and whether by hand. A row flagged {@code manuallyRemoved} keeps a filter-matching
 * contact out of the segment; it is not a membership.
 *
 * @param dateAdded when the contact joined (or rejoined) the segment
 * @param manuallyAdded added by hand, so the rebuild keeps it whatever the filters say
 * @param manuallyRemoved removed by hand, so the rebuild does not add it again
 */
record Membership(Instant dateAdded, boolean manuallyAdded, boolean manuallyRemoved) {

	boolean isMember() {
		return !this.manuallyRemoved;
	}

	static Membership byFilter(Instant at) {
		return new Membership(at, false, false);
	}

	static Membership byHand(Instant at) {
		return new Membership(at, true, false);
	}

}
