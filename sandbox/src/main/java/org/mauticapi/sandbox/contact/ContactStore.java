package org.mauticapi.sandbox.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mauticapi.sandbox.config.SandboxProperties;
import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;

import org.springframework.stereotype.Component;

/**
 * The contacts, by id in creation order. Call under the state's lock.
 */
@Component
public class ContactStore {

	private final SandboxState state;

	private final int maxContacts;

	private final Map<Long, Contact> contacts = new LinkedHashMap<>();

	public ContactStore(SandboxState state, SandboxProperties properties) {
		this.state = state;
		this.maxContacts = properties.maxContacts();
	}

	public Optional<Contact> find(long id) {
		return Optional.ofNullable(this.contacts.get(id));
	}

	public Contact get(long id) {
		return find(id).orElseThrow(MauticApiException::notFound);
	}

	public List<Contact> all() {
		return new ArrayList<>(this.contacts.values());
	}

	/**
	 * The contact with this email, compared as MySQL's default collation does: ignoring
	 * case.
	 */
	public Optional<Contact> findByEmail(String email) {
		String wanted = email.toLowerCase(Locale.ROOT);
		return this.contacts.values()
			.stream()
			.filter((contact) -> contact.value("email") instanceof String existing
					&& existing.toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/** A new, empty contact with the next id; refused past the configured size. */
	public Contact create(User by) {
		return create(by.id(), by.fullName());
	}

	/**
	 * Creates a contact no user made, as Mautic's tracking does for a new visitor: no
	 * creator, and the console's blank name as its last modifier, its profile image the
	 * entity's default ({@code gravatar}).
	 * @return the contact
	 */
	public Contact createTracked() {
		Contact contact = create(null, null);
		contact.modifiedByUser = " ";
		contact.preferredProfileImage = "gravatar";
		return contact;
	}

	private Contact create(@Nullable Long createdBy, @Nullable String createdByUser) {
		if (this.contacts.size() >= this.maxContacts) {
			throw new MauticApiException(507, MauticErrors.kernel(507,
					"The sandbox holds at most " + this.maxContacts + " contacts (sandbox.max-contacts)."));
		}
		Contact contact = new Contact(this.state.nextId("leads"), this.state.now(), createdBy, createdByUser);
		this.contacts.put(contact.id(), contact);
		return contact;
	}

	public void remove(long id) {
		this.contacts.remove(id);
	}

}
