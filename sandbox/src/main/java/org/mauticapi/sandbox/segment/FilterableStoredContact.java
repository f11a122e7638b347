package org.mauticapi.sandbox.segment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactCompaniesView;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.segment.filter.FilterableContact;
import org.mauticapi.sandbox.state.SandboxState;

/**
 * A stored contact as segment filters see it: field values from the contact, the entity
 * dates as SQL datetimes, companies from the company store (none without one), and its
 * current memberships read live from the segment store, so that a {@code leadlist} filter
 * sees what the rebuild has just changed. Use under the state's lock.
 *
 * @param contact the contact
 * @param fields the field table
 * @param companies the contact's companies, or null when no company store exists
 * @param segments the segment store
 */
record FilterableStoredContact(Contact contact, FieldStore fields, @Nullable ContactCompaniesView companies,
		SegmentStore segments) implements FilterableContact {

	/**
	 * Columns of Mautic's {@code leads} table that segment filters offer besides the
	 * field table's fields.
	 */
	private static final Set<String> ENTITY_DATES = Set.of("date_added", "date_modified", "date_identified");

	@Override
	public long id() {
		return this.contact.id();
	}

	@Override
	public boolean hasField(String alias) {
		return ENTITY_DATES.contains(alias) || this.fields.contactField(alias).isPresent();
	}

	@Override
	public @Nullable Object field(String alias) {
		return switch (alias) {
			case "date_added" -> sql(this.contact.dateAdded());
			case "date_modified" -> sql(this.contact.dateModified());
			case "date_identified" -> sql(this.contact.dateIdentified());
			case "last_active" -> sql(this.contact.lastActive());
			case "points" -> this.contact.points();
			default -> this.contact.value(alias);
		};
	}

	@Override
	public boolean hasCompanyField(String alias) {
		return this.fields.allFields()
			.stream()
			.anyMatch((field) -> "company".equals(field.object()) && field.alias().equals(alias));
	}

	@Override
	public List<@Nullable Object> companyFieldValues(String alias) {
		List<@Nullable Object> values = new ArrayList<>();
		if (this.companies != null) {
			this.companies.companiesOf(this.contact.id()).forEach((company) -> values.add(company.fields().get(alias)));
		}
		return values;
	}

	@Override
	public Set<Long> tagIds() {
		return new HashSet<>(this.contact.tagIds());
	}

	@Override
	public @Nullable Long ownerId() {
		return this.contact.ownerId();
	}

	@Override
	public Set<Long> segmentIds() {
		return this.segments.segmentIdsOf(this.contact.id());
	}

	@Override
	public @Nullable Integer doNotContactReason(String channel) {
		return this.contact.doNotContact()
			.stream()
			.filter((entry) -> entry.channel().equals(channel))
			.map(Contact.DoNotContact::reason)
			.findFirst()
			.orElse(null);
	}

	private static @Nullable String sql(@Nullable Instant instant) {
		return (instant != null) ? SandboxState.sql(instant) : null;
	}

}
