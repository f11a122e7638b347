package org.mauticapi.sandbox.contact;

import java.util.Set;

/**
 * The segments a contact is currently a member of, by alias: what contact searches
 * ({@code segment:alias}) need from the segment store. Implemented by the segment
 * package; called under the state's lock.
 */
public interface ContactSegmentsView {

	Set<String> segmentAliasesOf(long contactId);

	Set<Long> segmentIdsOf(long contactId);

}
