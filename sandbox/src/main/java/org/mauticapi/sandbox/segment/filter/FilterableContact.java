package org.mauticapi.sandbox.segment.filter;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A contact as segment filters see it: its field values, companies, tags, owner, segment
 * memberships and do-not-contact entries, so that the evaluator needs no knowledge of how
 * the sandbox stores contacts.
 */
public interface FilterableContact {

	/**
	 * The contact's id; also answers a filter on the field {@code id}.
	 * @return the id
	 */
	long id();

	/**
	 * Whether a contact field with this alias exists (core or custom); a filter on a
	 * field that does not exist matches nobody.
	 * @param alias the field alias, such as {@code email}, {@code points},
	 * {@code date_added} or {@code loyalty_tier}
	 * @return true when the field is defined
	 */
	boolean hasField(String alias);

	/**
	 * A contact field's value: String, a Number (Long, Double, BigDecimal...), Boolean,
	 * or null when blank. Date fields answer {@code YYYY-MM-DD}; datetime fields (such as
	 * {@code date_added}, {@code last_active}) answer {@code YYYY-MM-DD HH:MM:SS} in UTC;
	 * multiselect values are pipe-joined ({@code ai|math}).
	 * @param alias the field alias
	 * @return the value, or null
	 */
	@Nullable Object field(String alias);

	/**
	 * Whether a company field with this alias exists.
	 * @param alias the company field alias, such as {@code companyname}
	 * @return true when the field is defined
	 */
	boolean hasCompanyField(String alias);

	/**
	 * The value of a company field in each company the contact belongs to, in any order;
	 * empty when the contact has no company.
	 * @param alias the company field alias
	 * @return one value (possibly null) per company
	 */
	List<@Nullable Object> companyFieldValues(String alias);

	/**
	 * The ids of the contact's tags (segment filters on tags hold tag ids).
	 * @return the tag ids
	 */
	Set<Long> tagIds();

	/**
	 * The id of the user who owns the contact.
	 * @return the owner's id, or null when unowned
	 */
	@Nullable Long ownerId();

	/**
	 * The ids of the segments the contact currently belongs to (filter {@code leadlist}).
	 * @return the segment ids
	 */
	Set<Long> segmentIds();

	/**
	 * The do-not-contact reason recorded for a channel: 1 unsubscribed, 2 bounced, 3
	 * manual.
	 * @param channel the channel, such as {@code email} or {@code sms}
	 * @return the reason, or null when the contact may be contacted on that channel
	 */
	@Nullable Integer doNotContactReason(String channel);

}
