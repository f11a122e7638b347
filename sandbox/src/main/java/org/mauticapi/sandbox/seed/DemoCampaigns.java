package org.mauticapi.sandbox.seed;

import java.util.List;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo set's campaigns, each fed by a segment and awarding points, with the body of
 * recording 048, and their members added as in recording 049.
 */
final class DemoCampaigns {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final DemoDice dice;

	DemoCampaigns(DemoDice dice) {
		this.dice = dice;
	}

	void addTo(List<SeedRequest> requests, List<DemoContact> people) {
		requests.add(SeedRequest.post("/api/campaigns/new",
				campaign("Onboarding", "Welcome series", DemoSegments.CONFERENCE, 10)));
		requests.add(SeedRequest.post("/api/campaigns/new",
				campaign("Renewal nurture", "Reminders before the contract ends", DemoSegments.VIP, 5)));
		List<DemoContact> members = this.dice.sample(people, 32);
		members.subList(0, 20).forEach((contact) -> requests.add(member(1, contact)));
		members.subList(20, 32).forEach((contact) -> requests.add(member(2, contact)));
	}

	private static SeedRequest member(int campaignId, DemoContact contact) {
		return SeedRequest.post("/api/campaigns/" + campaignId + "/contact/" + contact.id() + "/add");
	}

	private static ObjectNode campaign(String name, String description, int segmentId, int points) {
		ObjectNode body = JSON.objectNode().put("name", name).put("description", description).put("isPublished", true);
		body.putArray("lists").addObject().put("id", segmentId);
		ObjectNode event = body.putArray("events")
			.addObject()
			.put("id", "new_1")
			.put("name", "Award " + points + " points")
			.put("type", "lead.changepoints")
			.put("eventType", "action")
			.put("order", 1);
		event.putObject("properties").put("points", points);
		event.put("triggerMode", "immediate").put("triggerInterval", 0).put("triggerIntervalUnit", "d");
		event.putArray("children");
		event.putNull("parent");
		event.putNull("decisionPath");
		ObjectNode canvas = body.putObject("canvasSettings");
		canvas.putArray("nodes")
			.add(JSON.objectNode().put("id", "new_1").put("positionX", "650").put("positionY", "189"))
			.add(JSON.objectNode().put("id", "lists").put("positionX", "629").put("positionY", "65"));
		ObjectNode connection = canvas.putArray("connections")
			.addObject()
			.put("sourceId", "lists")
			.put("targetId", "new_1");
		connection.putObject("anchors").put("source", "leadsource").put("target", "top");
		return body;
	}

}
