package org.mauticapi.sandbox.activity;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * A UTM tag set was recorded for a contact: {@code lead.utmtagsadded}.
 *
 * @param utmId the UTM tag set's id
 * @param contactId the contact
 * @param dateAdded the set's date
 * @param tags the set by column name: {@code query} (an object), {@code referer},
 * {@code remote_host}, {@code url}, {@code user_agent}, {@code utm_campaign},
 * {@code utm_content}, {@code utm_medium}, {@code utm_source}, {@code utm_term}; missing
 * or null columns are left out
 */
public record UtmTagsAdded(long utmId, long contactId, Instant dateAdded, JsonNode tags) {
}
