package org.mauticapi.sandbox.segment;

import java.util.Optional;

import org.mauticapi.sandbox.campaign.CampaignSegments;

import org.springframework.stereotype.Component;

/**
 * The segments campaigns use as their source, as the campaign package shows them. Called
 * under the state's lock.
 */
@Component
class CampaignSourceSegments implements CampaignSegments {

	private final SegmentStore segments;

	CampaignSourceSegments(SegmentStore segments) {
		this.segments = segments;
	}

	@Override
	public Optional<SegmentSummary> segment(long id) {
		return this.segments.find(id)
			.map((segment) -> new SegmentSummary(segment.id(), segment.name(),
					(segment.publicName() != null) ? segment.publicName() : segment.name(), segment.alias(),
					segment.description(), segment.createdByUser(), segment.modifiedByUser()));
	}

}
