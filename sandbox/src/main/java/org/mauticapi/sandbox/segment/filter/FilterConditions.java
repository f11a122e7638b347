package org.mauticapi.sandbox.segment.filter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Whether a contact meets one filter, whatever it looks at: a contact field, its
 * companies' fields (object {@code company}), its tags, segments, owner or do-not-contact
 * entries. A filter that cannot be evaluated (an unknown field, operator or value shape,
 * or a behaviour filter on data the sandbox does not keep, such as page hits or email
 * reads) matches nobody.
 */
final class FilterConditions {

	private FilterConditions() {
	}

	static boolean matches(SegmentFilter filter, FilterableContact contact, Clock clock) {
		if (filter.onCompany()) {
			return company(filter, contact, clock);
		}
		String field = filter.field();
		return switch (field) {
			case "tags" -> RelationFilters.tags(filter, contact);
			case "leadlist" -> RelationFilters.segments(filter, contact);
			case "owner_id" -> column(filter, "lookup_id", clock).filter((c) -> c.test(contact.ownerId())).isPresent();
			case "id" -> column(filter, "number", clock).filter((c) -> c.test(contact.id())).isPresent();
			default ->
				field.startsWith("dnc_") ? RelationFilters.doNotContact(filter, contact) : lead(filter, contact, clock);
		};
	}

	private static boolean lead(SegmentFilter filter, FilterableContact contact, Clock clock) {
		if (!"lead".equals(filter.object()) || !contact.hasField(filter.field())) {
			return false;
		}
		@Nullable Object value = contact.field(filter.field());
		return column(filter, filter.type(), clock).filter((condition) -> condition.test(value)).isPresent();
	}

	/**
	 * Mautic joins the contact's companies (companies_leads, a LEFT JOIN): the filter
	 * holds when one company's value meets it, and for a contact without companies when
	 * NULL does.
	 */
	private static boolean company(SegmentFilter filter, FilterableContact contact, Clock clock) {
		if (!contact.hasCompanyField(filter.field())) {
			return false;
		}
		Optional<ColumnCondition> condition = column(filter, filter.type(), clock);
		if (condition.isEmpty()) {
			return false;
		}
		List<@Nullable Object> values = contact.companyFieldValues(filter.field());
		return values.isEmpty() ? condition.get().test(null) : values.stream().anyMatch(condition.get()::test);
	}

	private static Optional<ColumnCondition> column(SegmentFilter filter, String type, Clock clock) {
		return ColumnConditions.of(filter.operator(), type, filter.value(), clock);
	}

}
