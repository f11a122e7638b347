package org.mauticapi.sandbox.dnc;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mauticapi.php.PhpCast;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /contacts/{id}/dnc/{channel}/add} read as Mautic's
 * {@code LeadApiController::addDncAction} reads it: {@code reason} defaults to 3 (manual)
 * and is cast to int, 0 being refused; {@code channelId} 0 means none.
 *
 * @param reason the reason code (any non-zero integer is accepted, recording 072)
 * @param comments the comments, {@code ""} when none
 * @param channelId the channel item's id, null when none
 */
record DncRequest(int reason, String comments, @Nullable Long channelId) {

	private static final int MANUAL = 3;

	static DncRequest read(JsonNode body) {
		int reason = body.has("reason") ? PhpCast.toInt32(body.get("reason")) : MANUAL;
		// Recordings 069 (reason 0) and 070 (reason "bounced", which PHP casts to 0).
		if (reason == 0) {
			throw new MauticApiException(400, MauticErrors.controller(400, "Invalid reason code given",
					List.of("Reason code needs to be an integer and higher than 0.")));
		}
		JsonNode comments = body.path("comments");
		long channelId = PhpCast.toInt(body.get("channelId"));
		return new DncRequest(reason, comments.isValueNode() && !comments.isNull() ? comments.asString() : "",
				(channelId != 0) ? channelId : null);
	}

}
