package org.mauticapi.conformance.deviation;

import java.util.List;

import static org.mauticapi.conformance.deviation.Deviations.ignoredParameter;
import static org.mauticapi.conformance.deviation.Deviations.seen;

/**
 * List parameters the target silently ignores: the answer has the right shape, only its
 * content shows it.
 */
final class ParameterDeviations {

	private static final String CONTACT_LISTS = "@contacts and @list-parameters";

	private static final String SEGMENT_LISTS = "@segments and @list-parameters";

	private ParameterDeviations() {
	}

	static List<Deviation> all() {
		return List.of(
				ignoredParameter("contacts: search ignored", seen("listContacts", CONTACT_LISTS, "A search finds"),
						"/contacts", "search"),
				ignoredParameter("contacts: orderBy ignored", seen("listContacts", CONTACT_LISTS, "ordered by a field"),
						"/contacts", "orderBy="),
				ignoredParameter("contacts: orderByDir ignored",
						seen("listContacts", CONTACT_LISTS, "ordered by a field"), "/contacts", "orderByDir"),
				ignoredParameter("contacts: start ignored", seen("listContacts", CONTACT_LISTS, "skips the first"),
						"/contacts", "start"),
				ignoredParameter("contacts: limit ignored", seen("listContacts", CONTACT_LISTS, "at most \"limit\""),
						"/contacts", "limit"),
				ignoredParameter("contacts: where ignored", seen("listContacts", CONTACT_LISTS, "where clause"),
						"/contacts", "where"),
				ignoredParameter("contacts: order clauses ignored",
						seen("listContacts", CONTACT_LISTS, "Order clauses"), "/contacts", "order["),
				ignoredParameter("contacts: minimal ignored", seen("listContacts", CONTACT_LISTS, "Minimal contacts"),
						"/contacts", "minimal"),
				ignoredParameter("contacts: select[] ignored", seen("listContacts", CONTACT_LISTS, "Selected columns"),
						"/contacts", "select"),
				ignoredParameter("segments: search ignored", seen("listSegments", SEGMENT_LISTS, "A search finds"),
						"/segments", "search"),
				ignoredParameter("segments: published ignored", seen("listSegments", SEGMENT_LISTS, "Only published"),
						"/segments", "published"),
				ignoredParameter("segments: orderByDir ignored", seen("listSegments", SEGMENT_LISTS, "ordered by name"),
						"/segments", "orderByDir"),
				ignoredParameter("segments: start ignored", seen("listSegments", SEGMENT_LISTS, "after \"start\""),
						"/segments", "start"),
				ignoredParameter("segments: where ignored", seen("listSegments", SEGMENT_LISTS, "where clause"),
						"/segments", "where"),
				ignoredParameter("notes: search ignored", seen("listContactNotes", "@notes", "search narrows"),
						"/contacts/\\d+/notes", "search"),
				ignoredParameter("everyone's activity: event filter ignored",
						seen("listActivity", "@activity", "narrowed to some kinds"), "/contacts/activity", "filters"));
	}

}
