package org.mauticapi.sandbox.points;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.PointsChanged;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactChanges;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Contact points: plus, minus, times and divide with an event name, as Mautic changes
 * them; every change is logged on the contact's timeline.
 */
@Service
public class PointsService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final ContactStore contacts;

	private final ActivityLog activity;

	private final ContactChanges changes;

	public PointsService(SandboxState state, ContactStore contacts, ActivityLog activity, ContactChanges changes) {
		this.state = state;
		this.contacts = contacts;
		this.activity = activity;
		this.changes = changes;
	}

	/**
	 * Adds a signed number of points, as the API controller calls it for {@code plus/{n}}
	 * and (negated) {@code minus/{n}}: a negative delta is logged as Mautic logs
	 * {@code minus}, "subtract (-) / n".
	 * @param id the contact
	 * @param delta the points to add, negative to subtract
	 * @param body the optional body: {@code eventName}, {@code actionName}
	 * @return {@code {"success": 1}}
	 */
	public ResponseEntity<JsonNode> change(long id, int delta, JsonNode body) {
		return (delta < 0 && delta != Integer.MIN_VALUE) ? change(id, "minus", -delta, body)
				: change(id, "plus", delta, body);
	}

	/**
	 * Applies an operator, as Mautic's route
	 * {@code /contacts/{id}/points/{operator}/{value}} does. A value of 0 changes nothing
	 * and logs nothing (Mautic's {@code Lead::adjustPoints} returns early), yet answers
	 * success.
	 * @param id the contact
	 * @param operator {@code plus}, {@code minus}, {@code times} or {@code divide}
	 * @param value the operand
	 * @param body the optional body: {@code eventName}, {@code actionName} (exact keys;
	 * the documented lower-case ones are ignored)
	 * @return {@code {"success": 1}}
	 */
	public ResponseEntity<JsonNode> change(long id, String operator, int value, @Nullable JsonNode body) {
		PointsOperator known = PointsOperator.of(operator).orElseThrow(MauticApiException::serverError);
		return this.state.write(() -> {
			Contact contact = this.contacts.find(id)
				.orElseThrow(() -> MauticApiException.notFound("Contact not found."));
			if (value != 0) {
				Instant now = this.state.now();
				contact.points(known.apply(contact.points(), value));
				this.activity
					.append(ActivityEvents.pointsChanged(new PointsChanged(this.state.nextId("lead_points_change_log"),
							contact.id(), label(body, "eventName", known.eventName()), label(body, "actionName", "API"),
							"API", value, null, now)));
				this.changes.saved(contact);
			}
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

	private static String label(@Nullable JsonNode body, String key, String fallback) {
		JsonNode value = (body != null) ? body.get(key) : null;
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : fallback;
	}

}
