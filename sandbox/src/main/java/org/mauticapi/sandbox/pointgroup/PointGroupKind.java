package org.mauticapi.sandbox.pointgroup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Point groups through Mautic's API ({@code /api/points/groups},
 * {@code PointGroupsApiController}): name required, description and {@code isPublished}
 * optional; deleting a group drops the contacts' scores in it.
 */
@Component
class PointGroupKind implements EntityKind<PointGroup> {

	private final PointGroupStore groups;

	private final SandboxState state;

	private final UserStore users;

	PointGroupKind(PointGroupStore groups, SandboxState state, UserStore users) {
		this.groups = groups;
		this.state = state;
		this.users = users;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/points/groups", "pointGroup", "pointGroups");
	}

	@Override
	public Optional<PointGroup> find(long id) {
		return this.groups.group(id);
	}

	@Override
	public List<PointGroup> all() {
		return this.groups.all();
	}

	@Override
	public long id(PointGroup group) {
		return group.id();
	}

	@Override
	public PointGroup create(JsonNode payload) {
		String name = FormValues.text(payload, "name");
		check(name);
		PointGroup group = this.groups.create(name, FormValues.text(payload, "description"), this.users.currentUser());
		group.audit().published(!payload.has("isPublished") || FormValues.bool(payload, "isPublished"));
		return group;
	}

	@Override
	public void edit(PointGroup group, JsonNode payload, boolean replace) {
		String name = FormValues.binds(payload, "name", replace) ? FormValues.text(payload, "name") : group.name;
		check(name);
		String description = FormValues.binds(payload, "description", replace) ? FormValues.text(payload, "description")
				: group.description;
		boolean published = FormValues.binds(payload, "isPublished", replace) ? FormValues.bool(payload, "isPublished")
				: group.audit().published();
		boolean changed = !Objects.equals(name, group.name) || !Objects.equals(description, group.description)
				|| published != group.audit().published();
		group.name = name;
		group.description = description;
		group.audit().published(published);
		User by = this.users.currentUser();
		group.audit().edited(changed, this.state.now(), by.id(), by.fullName());
	}

	@Override
	public void delete(PointGroup group) {
		this.groups.delete(group);
	}

	@Override
	public ObjectNode json(PointGroup group, View view) {
		return group.entity((view == View.DELETED) ? null : group.id());
	}

	/**
	 * The point group form's fields (a refused PUT shows them cleared, 99-fresh
	 * group-lists).
	 */
	@Override
	public List<String> formFields() {
		return List.of("name", "description", "isPublished");
	}

	@Override
	public List<String> columns() {
		return List.of("id", "name", "description", "isPublished");
	}

	@Override
	public @Nullable Object column(PointGroup group, String column) {
		return switch (column) {
			case "name" -> group.name;
			case "description" -> group.description;
			case "isPublished" -> group.audit().published();
			default -> group.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		return List.of("name");
	}

	private static void check(@Nullable String name) {
		if (name == null || name.isBlank()) {
			new FormErrors().add("name", FormErrors.NAME_REQUIRED).throwIfAny();
		}
	}

}
