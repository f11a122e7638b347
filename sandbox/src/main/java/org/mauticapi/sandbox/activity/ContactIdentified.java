package org.mauticapi.sandbox.activity;

import java.time.Instant;

/**
 * A contact was created with an identifying field (e.g. an email): Mautic logs
 * {@code lead.source.identified}.
 *
 * @param logId the id in Mautic's {@code lead_event_log}, shared with segment and
 * campaign memberships
 * @param contactId the contact
 * @param sourceName who identified it, the API user's name (e.g. {@code Admin User})
 * @param at when
 */
public record ContactIdentified(long logId, long contactId, String sourceName, Instant at) {
}
