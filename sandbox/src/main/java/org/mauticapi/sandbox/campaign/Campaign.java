package org.mauticapi.sandbox.campaign;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A campaign as the store holds it.
 *
 * @param id the id
 * @param name the name
 * @param description the description
 * @param published whether it is published (only published campaigns list their members)
 * @param dateAdded when it was created
 * @param createdBy the id of the user who created it
 * @param createdByUser that user's name
 * @param segmentIds the ids of its source segments ({@code lists})
 * @param events its events as the API shows them
 * @param canvasSettings the builder's canvas, with the events' final ids
 * @param dateModified when an edit last changed it, null until then
 */
public record Campaign(long id, String name, @Nullable String description, boolean published, Instant dateAdded,
		long createdBy, String createdByUser, List<Long> segmentIds, ArrayNode events, JsonNode canvasSettings,
		@Nullable Instant dateModified) {

	public Campaign {
		segmentIds = List.copyOf(segmentIds);
	}

}
