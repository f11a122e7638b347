package org.mauticapi.sandbox.activity;

import java.time.Instant;

/**
 * A contact joined or left a segment, by hand or by the segment's filters:
 * {@code segment_membership}.
 *
 * @param logId the id in Mautic's {@code lead_event_log}, shared with sources and
 * campaign memberships
 * @param contactId the contact
 * @param segmentName the segment's name at that time
 * @param added true when added, false when removed
 * @param at when
 */
public record SegmentMembershipChanged(long logId, long contactId, String segmentName, boolean added, Instant at) {
}
