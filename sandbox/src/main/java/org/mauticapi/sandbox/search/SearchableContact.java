package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A contact as the list query sees it: its field values and the relations Mautic's search
 * commands join (tags, owner, segments, companies, IP addresses, stage, do-not-contact
 * entries). The store implements it.
 */
public interface SearchableContact {

	/**
	 * @return the contact's id
	 */
	long id();

	/**
	 * The value of a field or a {@code leads} table column.
	 * @param alias a field alias (core or custom: {@code firstname},
	 * {@code loyalty_tier}...) or an entity column ({@code owner_id}, {@code stage_id},
	 * {@code date_added}, {@code date_modified}, {@code date_identified},
	 * {@code is_published}, {@code created_by}...)
	 * @return a {@link String}, a {@link Long} or {@link Double}, a {@link Boolean}, or
	 * {@code null}; dates and datetimes as the SQL text {@code YYYY-MM-DD HH:MM:SS}
	 * ({@code YYYY-MM-DD} for date fields)
	 */
	@Nullable Object field(String alias);

	/**
	 * @return the contact's tags
	 */
	List<String> tags();

	/**
	 * @return the owner's user id, or {@code null}
	 */
	@Nullable Long ownerId();

	/**
	 * @return the owner's first name, or {@code null} without owner
	 */
	@Nullable String ownerFirstName();

	/**
	 * @return the owner's last name, or {@code null} without owner
	 */
	@Nullable String ownerLastName();

	/**
	 * @return the aliases of the segments the contact currently belongs to (manually
	 * removed ones excluded)
	 */
	Set<String> segmentAliases();

	/**
	 * @return the names of the contact's companies, in the same order as
	 * {@link #companyIds()}
	 */
	List<String> companyNames();

	/**
	 * @return the ids of the contact's companies, in the same order as
	 * {@link #companyNames()}
	 */
	List<Long> companyIds();

	/**
	 * @return the IP addresses linked to the contact
	 */
	List<String> ipAddresses();

	/**
	 * @return whether the contact is anonymous (never identified: no
	 * {@code date_identified})
	 */
	boolean isAnonymous();

	/**
	 * @return the name of the contact's stage, or {@code null} ({@code stage:} searches
	 * it)
	 */
	@Nullable String stageName();

	/**
	 * @return the channels of the contact's do-not-contact entries ({@code dnc:email}
	 * searches them)
	 */
	List<String> doNotContactChannels();

}
