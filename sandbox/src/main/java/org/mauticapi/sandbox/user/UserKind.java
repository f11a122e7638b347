package org.mauticapi.sandbox.user;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Users through Mautic's API ({@code /api/users}, {@code UserApiController}): username, first and last name and
 * email required, the username unique; every user has the Administrator role (the only one a fresh Mautic has).
 */
@Component
class UserKind implements EntityKind<User> {

	private static final List<String> REQUIRED = List.of("username", "firstName", "lastName", "email");

	private final UserStore users;

	private final UserJson json;

	UserKind(UserStore users, UserJson json) {
		this.users = users;
		this.json = json;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/users", "user", "users");
	}

	@Override
	public Optional<User> find(long id) {
		return this.users.find(id);
	}

	@Override
	public List<User> all() {
		return this.users.all();
	}

	@Override
	public long id(User user) {
		return user.id();
	}

	@Override
	public User create(JsonNode payload) {
		FormErrors errors = new FormErrors();
		for (String key : REQUIRED) {
			if (FormValues.text(payload, key) == null) {
				errors.add(key, FormErrors.REQUIRED);
			}
		}
		String username = payload.path("username").asString("");
		if (!username.isBlank() && this.users.all().stream().anyMatch((user) -> user.username().equals(username))) {
			errors.add("username", "The username must be unique.");
		}
		errors.throwIfAny();
		return this.users.create(username, payload.path("firstName").asString(), payload.path("lastName").asString(),
				payload.path("email").asString());
	}

	@Override
	public void edit(User user, JsonNode payload, boolean replace) {
		FormErrors errors = new FormErrors();
		String[] values = new String[REQUIRED.size()];
		for (int i = 0; i < REQUIRED.size(); i++) {
			String key = REQUIRED.get(i);
			values[i] = FormValues.binds(payload, key, replace) ? FormValues.text(payload, key) : current(user, key);
			if (values[i] == null) {
				errors.add(key, FormErrors.REQUIRED);
			}
		}
		errors.throwIfAny();
		User edited = new User(user.id(), values[0], values[1], values[2], values[3], user.dateAdded(), user.createdBy());
		this.users.edited(edited, !edited.equals(user));
	}

	@Override
	public void delete(User user) {
		this.users.delete(user.id());
	}

	@Override
	public ObjectNode json(User user, View view) {
		return this.json.entity(user, (view == View.DELETED) ? null : user.id());
	}

	@Override
	public List<String> columns() {
		return List.of("id", "username", "firstName", "lastName", "email", "isPublished");
	}

	@Override
	public @Nullable Object column(User user, String column) {
		return switch (column) {
			case "username" -> user.username();
			case "firstName" -> user.firstName();
			case "lastName" -> user.lastName();
			case "email" -> user.email();
			case "isPublished" -> true;
			default -> user.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		return List.of("username", "firstName", "lastName", "email");
	}

	private static String current(User user, String key) {
		return switch (key) {
			case "username" -> user.username();
			case "firstName" -> user.firstName();
			case "lastName" -> user.lastName();
			default -> user.email();
		};
	}

}
