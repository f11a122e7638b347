package org.mauticapi.sandbox.activity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mauticapi.sandbox.user.SandboxHttp;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityServiceTests {

	private static SandboxHttp sandbox;

	@BeforeAll
	static void start() {
		sandbox = SandboxHttp.start();
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void identifiedContactGetsSourceEvent() {
		long ada = sandbox.createContact("{\"firstname\": \"Ada\", \"email\": \"ada@example.com\"}");

		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/activity");

		assertThat(answer.body().path("events")).hasSize(1);
		assertThat(answer.body().path("events").get(0).path("eventLabel").asString())
			.isEqualTo("Contact was identified by Admin User");
		assertThat(answer.body().path("events").get(0).path("contactId").asString()).isEqualTo(String.valueOf(ada));
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void anonymousContactHasNoEvents() {
		long visitor = sandbox.createContact("{\"points\": 3}");

		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + visitor + "/activity");

		assertThat(answer.body().path("events").isArray()).isTrue();
		assertThat(answer.body().path("events")).isEmpty();
		assertThat(answer.body().path("maxPages").isInt()).isTrue();
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void deletedContactsEventsLeaveTheTimeline() {
		long gone = sandbox.createContact("{\"firstname\": \"Gone\", \"email\": \"gone@example.com\"}");
		String eventId = sandbox.get("/api/contacts/" + gone + "/activity")
			.body()
			.path("events")
			.get(0)
			.path("eventId")
			.asString();

		sandbox.delete("/api/contacts/" + gone + "/delete");
		SandboxHttp.Answer all = sandbox.get("/api/contacts/activity?limit=100");

		all.body()
			.path("events")
			.forEach((event) -> assertThat(event.path("eventId").asString()).isNotEqualTo(eventId));
		assertThat(all.contractViolations()).isEmpty();
	}

	@Test
	void answersNotFoundForMissingContact() {
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/999999/activity");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contractViolations()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "filters=text", "filters%5BdateFrom%5D=not-a-date", "limit=-1" })
	void answersMauticsServerErrorWhereItFails(String query) {
		long ada = sandbox.createContact("{\"firstname\": \"Ada\", \"email\": \"ada2@example.com\"}");

		SandboxHttp.Answer one = sandbox.get("/api/contacts/" + ada + "/activity?" + query);
		SandboxHttp.Answer all = sandbox.get("/api/contacts/activity?" + query);

		assertThat(one.status()).isEqualTo(500);
		assertThat(all.status()).isEqualTo(500);
		assertThat(one.contractViolations()).isEmpty();
	}

}
