package org.mauticapi.sandbox.campaign;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.user.SandboxHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignServiceTests {

	private static final String ONBOARDING = """
			{"name": "Onboarding", "description": "Welcome series", "isPublished": true, "lists": [{"id": 7}],
			 "events": [{"id": "new_1", "name": "Award 10 points", "type": "lead.changepoints", "eventType": "action",
			   "order": 1, "properties": {"points": 10}, "triggerMode": "immediate", "triggerInterval": 0,
			   "triggerIntervalUnit": "d", "children": [], "parent": null, "decisionPath": null}],
			 "canvasSettings": {"nodes": [{"id": "new_1", "positionX": "650", "positionY": "189"},
			   {"id": "lists", "positionX": "629", "positionY": "65"}],
			   "connections": [{"sourceId": "lists", "targetId": "new_1", "anchors": {"source": "leadsource", "target": "top"}}]}}""";

	private static SandboxHttp sandbox;

	private static long campaign;

	@BeforeAll
	static void start() {
		sandbox = SandboxHttp.start();
		campaign = sandbox.post("/api/campaigns/new", ONBOARDING).body().path("campaign").path("id").asLong();
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void createGivesEventsTheirIdsAlsoInTheCanvas() {
		SandboxHttp.Answer created = sandbox.post("/api/campaigns/new", ONBOARDING);

		JsonNode body = created.body().path("campaign");
		assertThat(created.status()).isEqualTo(201);
		long eventId = body.path("events").get(0).path("id").asLong();
		assertThat(body.path("canvasSettings").path("nodes").get(0).path("id").asString())
			.isEqualTo(String.valueOf(eventId));
		assertThat(body.path("canvasSettings").path("connections").get(0).path("targetId").asString())
			.isEqualTo(String.valueOf(eventId));
		assertThat(body.path("events").get(0).path("triggerRestrictedDaysOfWeek").isArray()).isTrue();
		assertThat(body.path("modifiedByUser").asString()).isEqualTo("Admin User");
	}

	@Test
	void memberIsListedKeyedByCampaignId() {
		long ada = sandbox.createContact("{\"firstname\": \"Ada\", \"email\": \"ada@example.com\"}");

		SandboxHttp.Answer added = sandbox.post("/api/campaigns/" + campaign + "/contact/" + ada + "/add");
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/campaigns");

		assertThat(added.body().path("success").asInt()).isEqualTo(1);
		JsonNode entry = answer.body().path("campaigns").path(String.valueOf(campaign));
		assertThat(answer.body().path("total").asInt()).isEqualTo(1);
		assertThat(entry.path("name").asString()).isEqualTo("Onboarding");
		assertThat(entry.path("manuallyAdded").asBoolean()).isTrue();
		assertThat(entry.path("manuallyRemoved").asBoolean()).isFalse();
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void addingWritesOneTimelineEvent() {
		long katherine = sandbox.createContact("{\"firstname\": \"Katherine\", \"email\": \"katherine@example.com\"}");

		sandbox.post("/api/campaigns/" + campaign + "/contact/" + katherine + "/add");
		sandbox.post("/api/campaigns/" + campaign + "/contact/" + katherine + "/add");
		SandboxHttp.Answer activity = sandbox
			.get("/api/contacts/" + katherine + "/activity?filters%5BincludeEvents%5D%5B%5D=campaign_membership");

		assertThat(activity.body().path("events")).hasSize(1);
		assertThat(activity.body().path("events").get(0).path("eventLabel").asString())
			.isEqualTo("Contact added to campaign, Onboarding");
		assertThat(activity.contractViolations()).isEmpty();
	}

	@Test
	void answersEmptyArrayAndNotFound() {
		long quiet = sandbox.createContact("{\"firstname\": \"Quiet\"}");

		SandboxHttp.Answer none = sandbox.get("/api/contacts/" + quiet + "/campaigns");

		assertThat(none.body().path("campaigns").isArray()).isTrue();
		assertThat(none.body().path("total").asInt()).isZero();
		assertThat(none.contractViolations()).isEmpty();
		assertThat(sandbox.get("/api/contacts/999999/campaigns").status()).isEqualTo(404);
		assertThat(sandbox.post("/api/campaigns/999/contact/" + quiet + "/add").status()).isEqualTo(404);
		assertThat(sandbox.post("/api/campaigns/" + campaign + "/contact/999999/add").status()).isEqualTo(404);
	}

}
