package org.mauticapi.sandbox.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of Mautic's points change log: {@code point.gained}, for contact points and
 * point-group scores.
 *
 * @param logId the id in {@code lead_points_change_log}
 * @param contactId the contact
 * @param eventName e.g. the {@code eventName} sent, {@code add (+)} or
 * {@code Manual change}
 * @param actionName e.g. the {@code actionName} sent, or {@code API}
 * @param type the log type, {@code API} for API changes
 * @param delta the logged delta (Mautic logs the operand for contact points, the score
 * change for groups)
 * @param groupName the point group's name for group score changes, else null
 * @param at when
 */
public record PointsChanged(long logId, long contactId, String eventName, String actionName, String type, long delta,
		@Nullable String groupName, Instant at) {
}
