package org.mauticapi.sandbox.campaign;

import java.time.Instant;

/**
 * A contact's membership of a campaign (Mautic's {@code campaign_leads} row); the API
 * only adds members by hand.
 *
 * @param campaignId the campaign
 * @param contactId the contact
 * @param dateAdded when the contact joined
 */
public record CampaignMember(long campaignId, long contactId, Instant dateAdded) {
}
