package org.mauticapi.sandbox.contact;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.search.SearchableContact;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;

/**
 * A stored contact as the list engine sees it: its field values, the columns of Mautic's
 * leads table, and its relations (tags, owner, segments, companies, IPs, do-not-contact).
 */
final class SearchableContactView implements SearchableContact {

	private final Contact contact;

	private final TagStore tags;

	private final @Nullable User owner;

	private final Set<String> segmentAliases;

	private final List<ContactCompaniesView.CompanyRef> companies;

	SearchableContactView(Contact contact, TagStore tags, @Nullable User owner, Set<String> segmentAliases,
			List<ContactCompaniesView.CompanyRef> companies) {
		this.contact = contact;
		this.tags = tags;
		this.owner = owner;
		this.segmentAliases = segmentAliases;
		this.companies = companies;
	}

	Contact contact() {
		return this.contact;
	}

	@Override
	public long id() {
		return this.contact.id();
	}

	@Override
	public @Nullable Object field(String alias) {
		return switch (alias) {
			case "id" -> this.contact.id();
			case "points" -> this.contact.points();
			case "owner_id" -> this.contact.ownerId();
			case "is_published" -> 1L;
			case "date_added" -> sql(this.contact.dateAdded());
			case "date_modified" -> sql(this.contact.dateModified());
			case "date_identified" -> sql(this.contact.dateIdentified());
			case "last_active" -> sql(this.contact.lastActive());
			case "created_by" -> this.contact.createdBy;
			case "created_by_user" -> this.contact.createdByUser;
			case "modified_by" -> this.contact.modifiedBy;
			case "modified_by_user" -> this.contact.modifiedByUser;
			default -> this.contact.value(alias);
		};
	}

	@Override
	public List<String> tags() {
		return this.contact.tagIds().stream().map(this.tags::name).toList();
	}

	@Override
	public @Nullable Long ownerId() {
		return this.contact.ownerId();
	}

	@Override
	public @Nullable String ownerFirstName() {
		return (this.owner != null) ? this.owner.firstName() : null;
	}

	@Override
	public @Nullable String ownerLastName() {
		return (this.owner != null) ? this.owner.lastName() : null;
	}

	@Override
	public Set<String> segmentAliases() {
		return this.segmentAliases;
	}

	@Override
	public List<String> companyNames() {
		return this.companies.stream().map(ContactCompaniesView.CompanyRef::name).toList();
	}

	@Override
	public List<Long> companyIds() {
		return this.companies.stream().map(ContactCompaniesView.CompanyRef::id).toList();
	}

	@Override
	public List<String> ipAddresses() {
		return this.contact.ipAddresses().stream().map(Contact.IpAddress::ipAddress).toList();
	}

	@Override
	public boolean isAnonymous() {
		return this.contact.dateIdentified() == null;
	}

	@Override
	public @Nullable String stageName() {
		return null;
	}

	@Override
	public List<String> doNotContactChannels() {
		return this.contact.doNotContact().stream().map(Contact.DoNotContact::channel).toList();
	}

	private static @Nullable String sql(@Nullable Instant instant) {
		return (instant != null) ? SandboxState.sql(instant) : null;
	}

}
