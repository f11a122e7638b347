package org.mauticapi.sandbox.pointgroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;
import org.mauticapi.sandbox.entity.EntityAudit;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;

import org.springframework.stereotype.Component;

/**
 * The point groups and the contacts' scores in them ({@code point_group_contact_score});
 * a deleted contact's or group's scores go with it. Call under the state's lock.
 */
@Component
class PointGroupStore implements ContactLifecycle {

	private final SandboxState state;

	private final Map<Long, PointGroup> groups = new LinkedHashMap<>();

	/** Scores by contact, then by group id. */
	private final Map<Long, Map<Long, Long>> scores = new LinkedHashMap<>();

	PointGroupStore(SandboxState state) {
		this.state = state;
	}

	PointGroup create(String name, @Nullable String description, User by) {
		PointGroup group = new PointGroup(this.state.nextId("point_groups"),
				new EntityAudit(this.state.now(), by.id(), by.fullName()), name, description);
		this.groups.put(group.id(), group);
		return group;
	}

	Optional<PointGroup> group(long id) {
		return Optional.ofNullable(this.groups.get(id));
	}

	List<PointGroup> all() {
		return List.copyOf(this.groups.values());
	}

	void delete(PointGroup group) {
		this.groups.remove(group.id());
		this.scores.values().forEach((byGroup) -> byGroup.remove(group.id()));
	}

	OptionalLong score(long contactId, long groupId) {
		Long score = this.scores.getOrDefault(contactId, Map.of()).get(groupId);
		return (score != null) ? OptionalLong.of(score) : OptionalLong.empty();
	}

	/** The contact's scores by group id, in group order. */
	Map<Long, Long> scoresOf(long contactId) {
		return new TreeMap<>(this.scores.getOrDefault(contactId, Map.of()));
	}

	void setScore(long contactId, long groupId, long score) {
		this.scores.computeIfAbsent(contactId, (id) -> new LinkedHashMap<>()).put(groupId, score);
	}

	@Override
	public void deleted(Contact contact) {
		this.scores.remove(contact.id());
	}

}
