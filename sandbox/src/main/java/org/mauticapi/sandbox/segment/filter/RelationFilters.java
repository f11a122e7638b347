package org.mauticapi.sandbox.segment.filter;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The special filters that look at a contact's relations rather than a field: tags and
 * segment membership hold ids ({@code lead_tags_xref.tag_id}, segment ids; Mautic's
 * {@code ContactSegmentFilterDictionary}), and the {@code dnc_*} filters ask whether a
 * do-not-contact entry of one reason exists on one channel.
 */
final class RelationFilters {

	private RelationFilters() {
	}

	/**
	 * Tags, a foreign-value filter: in/= need one of the tags, !in/!= none of them, empty
	 * no tag at all, !empty any tag. Other operators cannot be evaluated and match
	 * nobody.
	 */
	static boolean tags(SegmentFilter filter, FilterableContact contact) {
		return related(filter.operator(), ids(filter), contact.tagIds());
	}

	/**
	 * Segment membership (SegmentReferenceFilterQueryBuilder): in needs membership of one
	 * of the segments, !in of none; membership is the contact's current one, which is
	 * what Mautic's rebuild converges to.
	 */
	static boolean segments(SegmentFilter filter, FilterableContact contact) {
		return switch (filter.operator()) {
			case "in", "=", "!in", "!=" -> related(filter.operator(), ids(filter), contact.segmentIds());
			default -> false;
		};
	}

	private static boolean related(String operator, List<Long> wanted, Set<Long> held) {
		return switch (operator) {
			case "in", "=" -> wanted.stream().anyMatch(held::contains);
			case "!in", "!=" -> wanted.stream().noneMatch(held::contains);
			case "empty" -> held.isEmpty();
			case "!empty" -> !held.isEmpty();
			default -> false;
		};
	}

	/**
	 * Ids as MySQL compares them with an integer column: a string that is no number
	 * counts as 0, no real id.
	 */
	private static List<Long> ids(SegmentFilter filter) {
		return PhpValues.list(filter.value()).stream().map((id) -> (long) PhpValues.leadingNumber(id)).toList();
	}

	/**
	 * {@code dnc_bounced}, {@code dnc_unsubscribed}, {@code dnc_manual_email},
	 * {@code dnc_bounced_sms}...: with = and a true value (or != and false) the contact
	 * needs that entry, otherwise it must not have it (DoNotContactFilterQueryBuilder:
	 * {@code 'eq' === operator xor !value}). Unknown names and other operators match
	 * nobody.
	 */
	static boolean doNotContact(SegmentFilter filter, FilterableContact contact) {
		String[] parts = filter.field().split("_");
		@Nullable Integer reason = (parts.length < 2) ? null : switch (parts[1]) {
			case "unsubscribed" -> 1;
			case "bounced" -> 2;
			case "manual" -> 3;
			default -> null;
		};
		boolean equals = "=".equals(filter.operator());
		if (reason == null || parts.length > 3 || !(equals || "!=".equals(filter.operator()))) {
			return false;
		}
		String channel = (parts.length == 3) ? parts[2] : "email";
		boolean listed = Objects.equals(contact.doNotContactReason(channel), reason);
		return (equals ^ !PhpValues.toBool(filter.value())) == listed;
	}

}
