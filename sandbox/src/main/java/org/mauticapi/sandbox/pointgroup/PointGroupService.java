package org.mauticapi.sandbox.pointgroup;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.PointsChanged;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Contacts' scores in point groups (Mautic 5.1): listing, one score, and the arithmetic,
 * each change logged on the contact's timeline with the group's name. Unlike contact
 * points, a score change does not move the contact's modification date (recording 128),
 * but it saves the contact, which records the user as its last modifier.
 */
@Service
public class PointGroupService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final ContactStore contacts;

	private final PointGroupStore groups;

	private final ActivityLog activity;

	private final UserStore users;

	PointGroupService(SandboxState state, ContactStore contacts, PointGroupStore groups, ActivityLog activity,
			UserStore users) {
		this.state = state;
		this.contacts = contacts;
		this.groups = groups;
		this.activity = activity;
		this.users = users;
	}

	/**
	 * The contact's scores, as {@code {"total": n, "groupScores": [...]}} (a plain
	 * array).
	 * @param id the contact
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> list(long id) {
		return this.state.read(() -> {
			checkContact(id);
			ArrayNode scores = JSON.arrayNode();
			for (Map.Entry<Long, Long> score : this.groups.scoresOf(id).entrySet()) {
				this.groups.group(score.getKey()).ifPresent((group) -> scores.add(score(score.getValue(), group)));
			}
			ObjectNode answer = JSON.objectNode().put("total", scores.size());
			answer.set("groupScores", scores);
			return ResponseEntity.ok(answer);
		});
	}

	/**
	 * The contact's score in one group; the whole body is {@code []} while it has none
	 * (recording 101).
	 * @param id the contact
	 * @param groupId the group
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> get(long id, long groupId) {
		return this.state.read(() -> {
			checkContact(id);
			PointGroup group = group(groupId);
			OptionalLong score = this.groups.score(id, groupId);
			if (score.isEmpty()) {
				return ResponseEntity.ok(JSON.arrayNode());
			}
			return ResponseEntity.ok(reply(score.getAsLong(), group));
		});
	}

	/**
	 * Changes the contact's score in a group; without a score it starts at 0 (recordings
	 * 111, 112).
	 * @param id the contact
	 * @param groupId the group
	 * @param operator {@code plus}, {@code minus}, {@code set}, {@code divide} or
	 * {@code times}; anything else is 400 once the contact and group are found
	 * @param value the operand
	 * @param body the optional body: {@code eventName}, {@code actionName} label the
	 * timeline entry
	 * @return {@code {"groupScore": {...}}}
	 */
	public ResponseEntity<JsonNode> change(long id, long groupId, String operator, int value, @Nullable JsonNode body) {
		return this.state.write(() -> {
			checkContact(id);
			PointGroup group = group(groupId);
			GroupOperator known = GroupOperator.of(operator);
			long old = this.groups.score(id, groupId).orElse(0);
			long score = known.apply(old, value);
			this.groups.setScore(id, groupId, score);
			// The API controller saves the contact after every score change
			// (PointGroupsApiController).
			this.contacts.get(id).savedBy(this.users.currentUser());
			// Mautic's score-change listener logs only actual changes (times 3 from
			// nothing logs nothing, recording 344).
			if (score != old) {
				Instant now = this.state.now();
				this.activity
					.append(ActivityEvents.pointsChanged(new PointsChanged(this.state.nextId("lead_points_change_log"),
							id, label(body, "eventName", "Manual change"), label(body, "actionName", "API"), "API",
							score - old, group.name(), now)));
			}
			return ResponseEntity.ok(reply(score, group));
		});
	}

	private void checkContact(long id) {
		if (this.contacts.find(id).isEmpty()) {
			throw MauticApiException.notFound("Contact could not be found.");
		}
	}

	private PointGroup group(long groupId) {
		return this.groups.group(groupId)
			.orElseThrow(() -> MauticApiException.notFound("The specified point group was not found."));
	}

	private static ObjectNode reply(long score, PointGroup group) {
		ObjectNode answer = JSON.objectNode();
		answer.set("groupScore", score(score, group));
		return answer;
	}

	private static ObjectNode score(long score, PointGroup group) {
		ObjectNode json = JSON.objectNode().put("score", score);
		json.set("group", group.summary());
		return json;
	}

	private static String label(@Nullable JsonNode body, String key, String fallback) {
		JsonNode value = (body != null) ? body.get(key) : null;
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : fallback;
	}

}
