package org.mauticapi.sandbox.seed;

import java.util.List;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's scoring: two point groups with scores (recordings 035-036, 102-103) and
 * point changes named by the event and action that caused them (recordings 085, 088).
 */
final class DemoPoints {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<Reason> GAINS = List.of(new Reason("Webinar attended", "Attended"),
			new Reason("Whitepaper downloaded", "Download"), new Reason("Pricing page visited", "Page visit"),
			new Reason("Newsletter opened", "Email open"), new Reason("Demo requested", "Form submitted"));

	private static final List<Reason> LOSSES = List.of(new Reason("Unsubscribed from topic", "Removed"),
			new Reason("Email bounced", "Bounce"));

	private static final List<Reason> GROUP_REASONS = List.of(new Reason("Clicked link", "Click"),
			new Reason("Logged in", "Login"), new Reason("Report exported", "Export"));

	private final DemoDice dice;

	DemoPoints(DemoDice dice) {
		this.dice = dice;
	}

	void addTo(List<SeedRequest> requests, List<DemoContact> people) {
		requests.add(SeedRequest.post("/api/points/groups/new", group("Engagement", "Opens, clicks and visits")));
		requests.add(SeedRequest.post("/api/points/groups/new", group("Product Usage", "In-app activity")));
		for (DemoContact contact : this.dice.sample(people, 50)) {
			requests.add(groupScore(contact, 1));
			if (this.dice.chance(0.5)) {
				requests.add(groupScore(contact, 2));
			}
		}
		for (DemoContact contact : this.dice.sample(people, 60)) {
			boolean gain = this.dice.chance(0.8);
			Reason reason = this.dice.pick(gain ? GAINS : LOSSES);
			String path = "/api/contacts/" + contact.id() + "/points/" + (gain ? "plus/" : "minus/")
					+ this.dice.between(1, gain ? 25 : 10);
			requests.add(SeedRequest.post(path, reason.body()));
		}
	}

	private SeedRequest groupScore(DemoContact contact, int groupId) {
		String path = "/api/contacts/" + contact.id() + "/points/groups/" + groupId + "/plus/"
				+ this.dice.between(1, 40);
		// Both forms are recorded: without a body (102) and with the event and action
		// names (103).
		return this.dice.chance(0.5) ? SeedRequest.post(path, this.dice.pick(GROUP_REASONS).body())
				: SeedRequest.post(path);
	}

	private static ObjectNode group(String name, String description) {
		return JSON.objectNode().put("name", name).put("description", description);
	}

	private record Reason(String eventName, String actionName) {

		ObjectNode body() {
			return JSON.objectNode().put("eventName", this.eventName).put("actionName", this.actionName);
		}

	}

}
