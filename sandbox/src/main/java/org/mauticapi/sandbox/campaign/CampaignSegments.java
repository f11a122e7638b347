package org.mauticapi.sandbox.campaign;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What campaigns need from the segment store: the segments a campaign names as its
 * sources, as Mautic embeds them in a created campaign's {@code lists} (recording 048).
 * Implemented by the segment package; called under the state's lock. Without an
 * implementation campaigns have no source segments.
 */
public interface CampaignSegments {

	Optional<SegmentSummary> segment(long id);

	/**
	 * A segment as a campaign shows it.
	 *
	 * @param id the id
	 * @param name the name
	 * @param publicName the public name
	 * @param alias the alias
	 * @param description the description
	 * @param createdByUser who created it
	 * @param modifiedByUser who changed it last ({@code " "} after Mautic's rebuild job
	 * touched it)
	 */
	record SegmentSummary(long id, String name, String publicName, String alias, @Nullable String description,
			@Nullable String createdByUser, @Nullable String modifiedByUser) {
	}

}
