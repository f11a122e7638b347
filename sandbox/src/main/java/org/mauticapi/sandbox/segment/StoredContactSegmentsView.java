package org.mauticapi.sandbox.segment;

import java.util.Set;
import java.util.TreeSet;

import org.mauticapi.sandbox.contact.ContactSegmentsView;

import org.springframework.stereotype.Component;

/**
 * The segments a contact belongs to, for contact searches ({@code segment:alias}): rows
 * not removed by hand, whether the segment is published or not, as Mautic's search joins
 * {@code lead_lists_leads}. Called under the state's lock.
 */
@Component
class StoredContactSegmentsView implements ContactSegmentsView {

	private final SegmentStore segments;

	StoredContactSegmentsView(SegmentStore segments) {
		this.segments = segments;
	}

	@Override
	public Set<String> segmentAliasesOf(long contactId) {
		Set<String> aliases = new TreeSet<>();
		this.segments.segmentIdsOf(contactId)
			.forEach((id) -> this.segments.find(id).ifPresent((segment) -> aliases.add(segment.alias())));
		return aliases;
	}

	@Override
	public Set<Long> segmentIdsOf(long contactId) {
		return this.segments.segmentIdsOf(contactId);
	}

}
