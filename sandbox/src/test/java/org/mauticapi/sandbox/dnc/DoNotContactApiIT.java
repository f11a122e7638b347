package org.mauticapi.sandbox.dnc;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mauticapi.sandbox.SandboxApplication;
import org.mauticapi.sandbox.activity.ActivityEvent;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.support.SandboxCalls;
import org.mauticapi.sandbox.support.SandboxCalls.Answer;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=mautic-sandbox", "sandbox.seed=empty" })
class DoNotContactApiIT {

	@LocalServerPort
	int port;

	@Autowired
	ActivityLog activity;

	private SandboxCalls api;

	private long contactId;

	@BeforeEach
	void createContact() {
		this.api = SandboxCalls.onPort(this.port);
		this.contactId = this.api
			.createContact("{\"firstname\":\"Linus\",\"email\":\"linus-" + System.nanoTime() + "@example.net\"}");
	}

	@Test
	void addsAManualEntryWhenNoReasonIsGiven() {
		Answer answer = this.api.post(dnc("email", "add"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		JsonNode entry = answer.body().path("contact").path("doNotContact").path(0);
		assertThat(entry.path("reason").asInt()).isEqualTo(3);
		assertThat(entry.path("comments").asString()).isEmpty();
		assertThat(entry.path("channel").asString()).isEqualTo("email");
		assertThat(entry.has("channelId")).isFalse();
		assertThat(answer.body().path("contact").path("firstname").asString()).isEqualTo("Linus");
		assertThat(answer.body().path("contact").path("dateModified").isString()).isTrue();
		assertThat(events()).singleElement()
			.satisfies(
					(event) -> assertThat(event.eventId()).isEqualTo("lead.donotcontact" + entry.path("id").asLong()));
	}

	@Test
	void takesReasonCommentsAndChannelIdFromAFormBody() {
		Answer answer = this.api.postForm(dnc("sms", "add"), "reason=1&comments=form+body&channelId=26");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		JsonNode entry = answer.body().path("contact").path("doNotContact").path(0);
		assertThat(entry.path("reason").asInt()).isEqualTo(1);
		assertThat(entry.path("comments").asString()).isEqualTo("form body");
		assertThat(entry.path("channel").asString()).isEqualTo("sms");
		assertThat(entry.path("channelId").asLong()).isEqualTo(26);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"reason\":0}", "{\"reason\":\"bounced\"}", "{\"reason\":null}" })
	void refusesAReasonThatPhpReadsAsZero(String body) {
		Answer answer = this.api.post(dnc("email", "add"), body);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contractViolations()).isEmpty();
		JsonNode error = answer.body().path("errors").path(0);
		assertThat(error.path("message").asString()).isEqualTo("Invalid reason code given");
		assertThat(error.path("details").path(0).asString())
			.isEqualTo("Reason code needs to be an integer and higher than 0.");
		assertThat(events()).isEmpty();
	}

	@Test
	void acceptsAnyChannelNameAndAnyOtherReason() {
		Answer answer = this.api.post(dnc("whatsapp", "add"), "{\"reason\":99}");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("contact").path("doNotContact").path(0).path("channel").asString())
			.isEqualTo("whatsapp");
		assertThat(answer.body().path("contact").path("doNotContact").path(0).path("reason").asInt()).isEqualTo(99);
		assertThat(events()).singleElement().satisfies((event) -> assertThat(event.renderable()).isFalse());
	}

	@Test
	void keepsTheFirstEntryOfAChannelWhenAddedAgain() {
		Answer first = this.api.post(dnc("email", "add"), "{\"reason\":3}");

		Answer again = this.api.post(dnc("email", "add"), "{\"reason\":2,\"comments\":\"second add\"}");

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("contact").path("doNotContact"))
			.isEqualTo(first.body().path("contact").path("doNotContact"));
		assertThat(events()).hasSize(1);
	}

	@Test
	void removesTheEntryOfAChannelWithItsEvent() {
		this.api.post(dnc("email", "add"));
		this.api.post(dnc("sms", "add"));

		Answer answer = this.api.post(dnc("email", "remove"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("recordFound").asBoolean()).isTrue();
		assertThat(answer.body().path("contact").path("doNotContact")).singleElement()
			.satisfies((entry) -> assertThat(entry.path("channel").asString()).isEqualTo("sms"));
		assertThat(events()).singleElement()
			.satisfies((event) -> assertThat(event.body().path("eventLabel").asString()).isEqualTo("Sms"));
	}

	@Test
	void logsTheEntriesAContactIsCreatedWith() {
		long created = this.api.createContact("{\"email\":\"dnc-" + System.nanoTime()
				+ "@example.com\",\"doNotContact\":[{\"channel\":\"email\",\"reason\":1,\"comments\":\"via create\"}]}");

		List<ActivityEvent> events = this.activity.eventsOf(created)
			.stream()
			.filter((event) -> event.type().equals("lead.donotcontact"))
			.toList();

		assertThat(events).singleElement()
			.satisfies((event) -> assertThat(event.body().path("details").path("dnc").path("comments").asString())
				.isEqualTo("via create"));
	}

	@Test
	void answersRecordNotFoundWhenTheChannelHasNoEntry() {
		Answer answer = this.api.post(dnc("email", "remove"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("recordFound").asBoolean()).isFalse();
		assertThat(answer.body().path("contact").has("dateModified")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "add", "remove" })
	void answersNotFoundForAMissingContact(String action) {
		Answer answer = this.api.post("/contacts/999999/dnc/email/" + action, "{\"reason\":1}");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("errors").path(0).path("message").asString()).isEqualTo("Item was not found.");
	}

	private String dnc(String channel, String action) {
		return "/contacts/" + this.contactId + "/dnc/" + channel + "/" + action;
	}

	private List<ActivityEvent> events() {
		return this.activity.eventsOf(this.contactId)
			.stream()
			.filter((event) -> event.type().equals("lead.donotcontact"))
			.toList();
	}

}
