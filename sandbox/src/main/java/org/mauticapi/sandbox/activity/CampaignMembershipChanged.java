package org.mauticapi.sandbox.activity;

import java.time.Instant;

/**
 * A contact was added to a campaign: {@code campaign_membership}.
 *
 * @param logId the id in Mautic's {@code lead_event_log}, shared with sources and segment
 * memberships
 * @param contactId the contact
 * @param campaignId the campaign
 * @param campaignName the campaign's name
 * @param at when
 */
public record CampaignMembershipChanged(long logId, long contactId, long campaignId, String campaignName, Instant at) {
}
