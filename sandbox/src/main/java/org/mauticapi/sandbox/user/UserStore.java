package org.mauticapi.sandbox.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.config.SandboxProperties;
import org.mauticapi.sandbox.state.SandboxState;

import org.springframework.stereotype.Component;

/**
 * The users: the API user (id 1, "Admin User", as a fresh Mautic installs it) and those
 * created later.
 */
@Component
public class UserStore {

	private final SandboxState state;

	private final Map<Long, User> users = new LinkedHashMap<>();

	private final Map<Long, Modification> modifications = new LinkedHashMap<>();

	private final Set<Long> unpublished = new HashSet<>();

	public UserStore(SandboxState state, SandboxProperties properties) {
		this.state = state;
		long id = state.nextId("users");
		this.users.put(id,
				new User(id, properties.username(), "Admin", "User", "admin@example.com", state.now(), null));
	}

	/** The API user every request acts as. */
	public User currentUser() {
		return this.users.get(1L);
	}

	public Optional<User> find(long id) {
		return Optional.ofNullable(this.users.get(id));
	}

	public List<User> all() {
		return new ArrayList<>(this.users.values());
	}

	/**
	 * Whether a user is published (active); only published users own contacts in the
	 * owners list.
	 * @param id the user
	 * @return whether it is published
	 */
	public boolean published(long id) {
		return !this.unpublished.contains(id);
	}

	/**
	 * Publishes or unpublishes a user; call under the state's write lock.
	 * @param id the user
	 * @param published whether it is published
	 */
	public void published(long id, boolean published) {
		if (published) {
			this.unpublished.remove(id);
		}
		else {
			this.unpublished.add(id);
		}
	}

	/**
	 * Replaces a user with its edited version; call under the state's write lock.
	 * @param user the edited user, with the same id
	 * @param changed whether the edit changed anything
	 */
	public void edited(User user, boolean changed) {
		this.users.put(user.id(), user);
		Modification previous = this.modifications.get(user.id());
		User by = currentUser();
		this.modifications.put(user.id(),
				new Modification(changed ? this.state.now() : ((previous != null) ? previous.dateModified() : null),
						by.id(), by.fullName()));
	}

	/**
	 * Who changed a user last, if anyone did.
	 * @param id the user
	 * @return the modification
	 */
	public Optional<Modification> modification(long id) {
		return Optional.ofNullable(this.modifications.get(id));
	}

	/**
	 * Deletes a user (its last modification stays known for the delete's answer); call
	 * under the write lock.
	 */
	public void delete(long id) {
		this.users.remove(id);
	}

	/**
	 * The last change to a user.
	 *
	 * @param dateModified when something last changed, null when an edit changed nothing
	 * @param modifiedBy who edited last
	 * @param modifiedByUser that user's name
	 */
	public record Modification(@Nullable Instant dateModified, long modifiedBy, String modifiedByUser) {
	}

	/** Creates a user; call under the state's write lock. */
	public User create(String username, String firstName, String lastName, String email) {
		long id = this.state.nextId("users");
		User user = new User(id, username, firstName, lastName, email, this.state.now(), currentUser().id());
		this.users.put(id, user);
		return user;
	}

}
