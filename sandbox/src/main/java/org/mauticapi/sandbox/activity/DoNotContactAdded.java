package org.mauticapi.sandbox.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A do-not-contact entry exists for a contact: {@code lead.donotcontact}.
 *
 * @param dncId the entry's id
 * @param contactId the contact
 * @param channel the channel, e.g. {@code email}, {@code sms}, or any name the client
 * sent
 * @param channelId the channel item's id, if one was given
 * @param reason 1 unsubscribed, 2 bounced, 3 manual; any other code makes the event
 * unrenderable, as in Mautic
 * @param comments the comments, if any
 * @param dateAdded when the entry was added
 */
public record DoNotContactAdded(long dncId, long contactId, String channel, @Nullable Long channelId, int reason,
		@Nullable String comments, Instant dateAdded) {
}
