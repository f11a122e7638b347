package org.mauticapi.sandbox.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactCompaniesView;
import org.mauticapi.sandbox.contact.ContactLifecycle;
import org.mauticapi.sandbox.contact.ContactWriter;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Component;

/**
 * The companies and which contacts belong to them. A contact whose {@code company} field
 * is set or changed is linked to the company of that name, which is created when there is
 * none (Mautic's {@code LeadModel::saveEntity} with {@code IdentifyCompanyHelper}:
 * recordings 017 and 318, 023 and 193); the company linked last becomes the primary one
 * and names the contact's {@code company} field (recordings 027, 028, 319). Call under
 * the state's lock.
 */
@Component
public class CompanyStore implements ContactCompaniesView, ContactLifecycle {

	private final SandboxState state;

	private final UserStore users;

	private final ContactWriter writer;

	private final Map<Long, Company> companies = new LinkedHashMap<>();

	private final List<CompanyLink> links = new ArrayList<>();

	/**
	 * The {@code company} value each contact had when last saved: Mautic identifies only
	 * a changed value.
	 */
	private final Map<Long, String> identifiedNames = new HashMap<>();

	public CompanyStore(SandboxState state, UserStore users, ContactWriter writer) {
		this.state = state;
		this.users = users;
		this.writer = writer;
	}

	public Optional<Company> find(long id) {
		return Optional.ofNullable(this.companies.get(id));
	}

	/**
	 * The last company with this name, compared as MySQL's default collation does
	 * (Mautic's duplicate check takes the last match).
	 * @param name the name
	 * @return the company, if any
	 */
	public Optional<Company> findByName(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		Company found = null;
		for (Company company : this.companies.values()) {
			if (company.name().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
				found = company;
			}
		}
		return Optional.ofNullable(found);
	}

	/** A new company without values, with the next id. */
	/**
	 * Records that a user saved an edit of a company.
	 * @param company the company
	 * @param by the user
	 */
	public void modified(Company company, User by) {
		company.modified(this.state.now(), by.id(), by.fullName());
	}

	public Company create(User by) {
		Company company = new Company(this.state.nextId("companies"), this.state.now(), by.id(), by.fullName());
		this.companies.put(company.id(), company);
		return company;
	}

	/** The links of a contact, in the order they were made. */
	public List<CompanyLink> linksOf(long contactId) {
		return this.links.stream().filter((link) -> link.contactId() == contactId).toList();
	}

	/**
	 * Adds a contact to a company as Mautic's {@code CompanyModel::addLeadToCompany}
	 * does: an existing link is left as it is; a new one becomes the primary company and
	 * its name is written to the contact's {@code company} field.
	 * @param company the company
	 * @param contact the contact
	 * @return whether a link was added
	 */
	public boolean addContact(Company company, Contact contact) {
		if (findLink(company.id(), contact.id()).isPresent()) {
			return false;
		}
		this.links.add(new CompanyLink(company.id(), contact.id(), this.state.now(), true));
		makePrimary(company.id(), contact.id());
		if (!company.name().isEmpty() && !company.name().equals(contact.value("company"))) {
			// Mautic saves the name through the repository, not the model: a new
			// dateModified but no modifiedBy
			// (CompanyModel::addLeadToCompany, recording 034)
			this.writer.apply(contact, JsonNodeFactory.instance.objectNode().put("company", company.name()),
					ContactWriter.Mode.UPDATE, this.users.currentUser(), false);
			contact.modifiedAt(this.state.now());
		}
		this.identifiedNames.put(contact.id(), company.name());
		return true;
	}

	/**
	 * Removes a contact from a company as {@code CompanyModel::removeLeadFromCompany}
	 * does: when the primary company goes, the contact's first remaining company becomes
	 * primary and its name the contact's {@code company} (empty when none is left), with
	 * a new dateModified.
	 * @param company the company
	 * @param contact the contact
	 */
	public void removeContact(Company company, Contact contact) {
		Optional<CompanyLink> link = findLink(company.id(), contact.id());
		if (link.isEmpty()) {
			return;
		}
		this.links.remove(link.get());
		if (!link.get().primary()) {
			return;
		}
		List<CompanyLink> remaining = linksOf(contact.id());
		String name = "";
		if (!remaining.isEmpty()) {
			makePrimary(remaining.get(0).companyId(), contact.id());
			name = this.companies.get(remaining.get(0).companyId()).name();
		}
		this.writer.apply(contact, JsonNodeFactory.instance.objectNode().put("company", name),
				ContactWriter.Mode.UPDATE, this.users.currentUser(), false);
		contact.modifiedAt(this.state.now());
		this.identifiedNames.put(contact.id(), name.isEmpty() ? null : name);
	}

	/** Every company, in id order. */
	public List<Company> all() {
		return List.copyOf(this.companies.values());
	}

	/**
	 * Deletes a company and its links to contacts; the contacts keep their
	 * {@code company} value.
	 */
	public void delete(Company company) {
		this.companies.remove(company.id());
		this.links.removeIf((link) -> link.companyId() == company.id());
	}

	@Override
	public List<CompanyRef> companiesOf(long contactId) {
		List<CompanyRef> refs = new ArrayList<>();
		for (CompanyLink link : linksOf(contactId)) {
			Company company = this.companies.get(link.companyId());
			refs.add(new CompanyRef(company.id(), company.name(), new LinkedHashMap<>(company.values())));
		}
		return refs;
	}

	@Override
	public void created(Contact contact) {
		identify(contact);
	}

	@Override
	public void changed(Contact contact) {
		identify(contact);
	}

	@Override
	public void deleted(Contact contact) {
		this.links.removeIf((link) -> link.contactId() == contact.id());
		this.identifiedNames.remove(contact.id());
	}

	private void identify(Contact contact) {
		String name = (contact.value("company") instanceof String text && !text.isBlank()) ? text : null;
		String before = this.identifiedNames.put(contact.id(), name);
		if (name == null && before != null) {
			// An edit that empties the contact's company drops its primary company
			// (LeadModel::saveEntity,
			// CompanyLeadRepository::removeContactPrimaryCompany).
			this.links.removeIf((link) -> link.contactId() == contact.id() && link.primary());
			return;
		}
		if (name == null || Objects.equals(name, before)) {
			return;
		}
		Company company = findByName(name).orElseGet(() -> {
			Company created = create(this.users.currentUser());
			created.put("companyname", name);
			return created;
		});
		if (!addContact(company, contact)) {
			makePrimary(company.id(), contact.id());
		}
	}

	private void makePrimary(long companyId, long contactId) {
		this.links.replaceAll(
				(link) -> (link.contactId() == contactId) ? link.withPrimary(link.companyId() == companyId) : link);
	}

	private Optional<CompanyLink> findLink(long companyId, long contactId) {
		return this.links.stream()
			.filter((link) -> link.companyId() == companyId && link.contactId() == contactId)
			.findFirst();
	}

}
