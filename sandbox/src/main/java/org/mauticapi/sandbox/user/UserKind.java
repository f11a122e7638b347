package org.mauticapi.sandbox.user;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.error.MauticApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Users through Mautic's API ({@code /api/users}, {@code UserApiController}): a password,
 * username, first and last name, a valid email and a role required, username and email
 * unique; every user has the Administrator role (the only one a fresh Mautic has).
 */
@Component
class UserKind implements EntityKind<User> {

	private static final List<String> FIELDS = List.of("username", "firstName", "lastName", "email");

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
		// UserApiController hashes plainPassword before the form runs: without one it
		// fails (a probe of Mautic
		// 5.1.0 answered 500).
		if (payload.path("plainPassword").isMissingNode() || payload.path("plainPassword").isNull()) {
			throw MauticApiException.serverError();
		}
		String[] values = values(payload, null, true);
		check(values, payload.get("role"), null);
		User user = this.users.create(values[0], values[1], values[2], values[3]);
		this.users.published(user.id(), !payload.has("isPublished") || FormValues.bool(payload, "isPublished"));
		return user;
	}

	@Override
	public void edit(User user, JsonNode payload, boolean replace) {
		String[] values = values(payload, user, replace);
		check(values, replace ? payload.get("role") : JsonNodeFactory.instance.numberNode(1), user);
		User edited = new User(user.id(), values[0], values[1], values[2], values[3], user.dateAdded(),
				user.createdBy());
		boolean published = FormValues.binds(payload, "isPublished", replace) ? FormValues.bool(payload, "isPublished")
				: this.users.published(user.id());
		boolean changed = !edited.equals(user) || published != this.users.published(user.id());
		this.users.published(user.id(), published);
		this.users.edited(edited, changed);
	}

	private static String[] values(JsonNode payload, @Nullable User user, boolean clearMissing) {
		String[] values = new String[FIELDS.size()];
		for (int i = 0; i < FIELDS.size(); i++) {
			String key = FIELDS.get(i);
			values[i] = (user == null || FormValues.binds(payload, key, clearMissing)) ? FormValues.text(payload, key)
					: current(user, key);
		}
		return values;
	}

	/**
	 * The user entity's constraints, in the form's order
	 * ({@code User::loadValidatorMetadata}).
	 */
	private void check(String[] values, @Nullable JsonNode role, @Nullable User user) {
		FormErrors errors = new FormErrors();
		if (values[0] == null) {
			errors.add("username", "Username is required.");
		}
		else if (taken(User::username, values[0], user)) {
			errors.add("username", "Username is already in use. Please choose another.");
		}
		if (values[1] == null) {
			errors.add("firstName", "First name is required.");
		}
		if (values[2] == null) {
			errors.add("lastName", "Last name is required.");
		}
		if (values[3] == null || !values[3].matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			errors.add("email", "The email entered is invalid.");
		}
		else if (taken(User::email, values[3], user)) {
			errors.add("email", "Email is already in use. Please choose another.");
		}
		if (role == null || role.isNull() || role.asString("").isBlank()) {
			errors.add("role", "A role must be chosen for this user.");
		}
		errors.throwIfAny();
	}

	private boolean taken(java.util.function.Function<User, String> property, String value, @Nullable User user) {
		return this.users.all()
			.stream()
			.anyMatch((other) -> (user == null || other.id() != user.id()) && property.apply(other).equals(value));
	}

	@Override
	public void delete(User user) {
		this.users.delete(user.id());
	}

	/**
	 * {@code minimal}: the publish details and the list properties (id, username and
	 * names).
	 */
	@Override
	public ObjectNode minimal(User user) {
		return EntityKind.only(json(user, View.LISTED),
				java.util.stream.Stream
					.concat(PUBLISH_DETAILS.stream(), List.of("id", "username", "firstName", "lastName").stream())
					.toList());
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
			case "isPublished" -> this.users.published(user.id());
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
