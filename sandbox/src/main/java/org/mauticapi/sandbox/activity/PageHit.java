package org.mauticapi.sandbox.activity;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/**
 * A page hit the tracking pixel recorded.
 *
 * @param hitId the hit's id ({@code page_hits})
 * @param contactId the contact
 * @param userAgent the visitor's user agent
 * @param query the pixel's query parameters, with {@code page_url}
 * @param siteUrl the site's address
 * @param at when
 */
public record PageHit(long hitId, long contactId, String userAgent, ObjectNode query, String siteUrl, Instant at) {
}
