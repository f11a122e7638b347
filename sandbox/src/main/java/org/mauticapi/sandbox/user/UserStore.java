package org.mauticapi.sandbox.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mauticapi.sandbox.config.SandboxProperties;
import org.mauticapi.sandbox.state.SandboxState;

import org.springframework.stereotype.Component;

/**
 * The users: the API user (id 1, "Admin User", as a fresh Mautic installs it) and those created later.
 */
@Component
public class UserStore {

	private final SandboxState state;

	private final Map<Long, User> users = new LinkedHashMap<>();

	public UserStore(SandboxState state, SandboxProperties properties) {
		this.state = state;
		long id = state.nextId("users");
		this.users.put(id, new User(id, properties.username(), "Admin", "User", "admin@example.com", state.now(), null));
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

	/** Creates a user; call under the state's write lock. */
	public User create(String username, String firstName, String lastName, String email) {
		long id = this.state.nextId("users");
		User user = new User(id, username, firstName, lastName, email, this.state.now(), currentUser().id());
		this.users.put(id, user);
		return user;
	}

}
