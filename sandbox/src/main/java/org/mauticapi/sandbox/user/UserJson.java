package org.mauticapi.sandbox.user;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Serialises a user as Mautic's API does: the whole entity when one is created (recording
 * 007), and the owner of a contact inside entities that embed the full contact (recording
 * 033), both with the Administrator role.
 */
@Component
public class UserJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final UserStore users;

	public UserJson(UserStore users) {
		this.users = users;
	}

	/** The user as {@code POST /users/new} answers it. Call under the state's lock. */
	public ObjectNode created(User user) {
		return entity(user, user.id());
	}

	/**
	 * The user as the user API answers it; the admin installed with Mautic has no
	 * creation data.
	 * @param user the user
	 * @param id the id to show, null once deleted
	 * @return the JSON
	 */
	public ObjectNode entity(User user, @Nullable Long id) {
		ObjectNode json = JSON.objectNode();
		json.put("isPublished", this.users.published(user.id()));
		json.put("dateAdded", (user.createdBy() != null) ? SandboxState.iso(user.dateAdded()) : null);
		UserStore.Modification modification = this.users.modification(user.id()).orElse(null);
		json.put("dateModified", (modification != null && modification.dateModified() != null)
				? SandboxState.iso(modification.dateModified()) : null);
		json.put("createdBy", user.createdBy());
		json.put("createdByUser", createdByUser(user));
		json.put("modifiedBy", (modification != null) ? modification.modifiedBy() : null);
		json.put("modifiedByUser", (modification != null) ? modification.modifiedByUser() : null);
		json.put("id", id);
		return details(json, user);
	}

	/** The user as an embedded owner: audit names only. Call under the state's lock. */
	public ObjectNode owner(User user) {
		ObjectNode json = JSON.objectNode();
		json.put("createdByUser", createdByUser(user));
		json.putNull("modifiedByUser");
		json.put("id", user.id());
		return details(json, user);
	}

	private ObjectNode details(ObjectNode json, User user) {
		json.put("username", user.username());
		json.put("firstName", user.firstName());
		json.put("lastName", user.lastName());
		json.put("email", user.email());
		json.putNull("position");
		ObjectNode role = json.putObject("role");
		role.putNull("createdByUser");
		role.putNull("modifiedByUser");
		role.put("id", 1);
		role.put("name", "Administrator");
		role.put("description", "Full system access");
		role.put("isAdmin", true);
		role.putNull("rawPermissions");
		// Mautic's installer stores "" for the admin's timezone and locale, the API
		// leaves them null (033 vs 007).
		if (user.createdBy() == null) {
			json.put("timezone", "");
			json.put("locale", "");
		}
		else {
			json.putNull("timezone");
			json.putNull("locale");
		}
		json.putNull("lastLogin");
		json.putNull("lastActive");
		json.putNull("signature");
		return json;
	}

	private @Nullable String createdByUser(User user) {
		if (user.createdBy() == null) {
			return null;
		}
		return this.users.find(user.createdBy()).map(User::fullName).orElse(null);
	}

}
