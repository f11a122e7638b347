package org.mauticapi.sandbox.utm;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = { SandboxApplication.class, UtmApiIT.DeviceSinkConfiguration.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=mautic-sandbox", "sandbox.seed=empty" })
class UtmApiIT {

	private static final String FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";

	@LocalServerPort
	int port;

	@Autowired
	ActivityLog activity;

	@Autowired
	RecordingDeviceSink devices;

	private SandboxCalls api;

	private long contactId;

	@BeforeEach
	void createContact() {
		this.api = SandboxCalls.onPort(this.port);
		this.contactId = this.api
			.createContact("{\"firstname\":\"Ada\",\"email\":\"ada-" + System.nanoTime() + "@example.com\"}");
		this.devices.seen.clear();
	}

	@Test
	void recordsEveryKeyWithTheQueryStringAsAnObject() {
		Answer answer = this.api.post(utm("add"), """
				{"utm_campaign": "spring-launch", "utm_source": "newsletter", "utm_medium": "email",
				 "utm_content": "hero-banner", "utm_term": "analytical engine", "useragent": "%s",
				 "url": "https://acme.example/product/engine", "referer": "https://search.example/?q=engine",
				 "query": "cid=abc&cond=new", "remotehost": "ada.example", "lastActive": "2026-11-21T08:15:00+00:00"}
				""".formatted(FIREFOX));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		JsonNode contact = answer.body().path("contact");
		JsonNode tags = contact.path("utmtags").path(0);
		assertThat(tags.path("query")).hasToString("{\"cid\":\"abc\",\"cond\":\"new\"}");
		assertThat(tags.path("userAgent").asString()).isEqualTo(FIREFOX);
		assertThat(tags.path("remoteHost").asString()).isEqualTo("ada.example");
		assertThat(tags.path("utmCampaign").asString()).isEqualTo("spring-launch");
		assertThat(contact.path("lastActive").asString()).isEqualTo("2026-11-21T08:15:00+00:00");
		assertThat(this.devices.seen)
			.containsExactly(new DeviceSeen(this.contactId, FIREFOX, Instant.parse("2026-11-21T08:15:00Z")));
		assertThat(events()).singleElement().satisfies((event) -> {
			assertThat(event.body().path("eventLabel").asString()).isEqualTo("UTM Campaign: spring-launch");
			assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-11-21T08:15:00Z"));
		});
	}

	@Test
	void ignoresTheDocumentedUseragentSpellingAndKeepsAQueryObject() {
		Answer answer = this.api.post(utm("add"), """
				{"utm_source": "twitter", "Useragent": "%s", "query": {"cid": "xyz"}}
				""".formatted(FIREFOX));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode tags = answer.body().path("contact").path("utmtags").path(0);
		assertThat(tags.has("userAgent")).isFalse();
		assertThat(tags.path("query").path("cid").asString()).isEqualTo("xyz");
		assertThat(this.devices.seen).isEmpty();
	}

	@Test
	void recordsAnEmptySetWithoutTouchingTheContact() {
		Answer answer = this.api.post(utm("add"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		JsonNode contact = answer.body().path("contact");
		assertThat(contact.path("utmtags").path(0).path("query").isArray()).isTrue();
		assertThat(contact.has("dateModified")).isFalse();
		assertThat(events()).singleElement()
			.satisfies(
					(event) -> assertThat(event.body().path("eventLabel").asString()).isEqualTo("UTM tags recorded"));
	}

	@Test
	void readsAFormBody() {
		Answer answer = this.api.postForm(utm("add"), "utm_source=flyer&utm_medium=print");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().path("contact").path("utmtags").path(0).path("utmMedium").asString())
			.isEqualTo("print");
		assertThat(answer.body().path("contact").has("dateModified")).isTrue();
	}

	@Test
	void removesASetWithItsEvent() {
		long utmId = this.api.post(utm("add"), "{\"utm_source\":\"linkedin\"}")
			.body()
			.path("contact")
			.path("utmtags")
			.path(0)
			.path("id")
			.asLong();

		Answer answer = this.api.post("/contacts/" + this.contactId + "/utm/" + utmId + "/remove");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("recordFound").asBoolean()).isTrue();
		assertThat(answer.body().path("contact").path("utmtags").isEmpty()).isTrue();
		assertThat(events()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "999999", "abc", "other" })
	void refusesToRemoveASetTheContactDoesNotHave(String utmId) {
		long otherContact = this.api.createContact("{\"email\":\"other-" + System.nanoTime() + "@example.com\"}");
		String otherSet = this.api.post("/contacts/" + otherContact + "/utm/add", "{\"utm_source\":\"x\"}")
			.body()
			.path("contact")
			.path("utmtags")
			.path(0)
			.path("id")
			.asString();

		Answer answer = this.api
			.post("/contacts/" + this.contactId + "/utm/" + (utmId.equals("other") ? otherSet : utmId) + "/remove");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("errors").path(0).path("message").asString()).isEqualTo("This is a bad request.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/contacts/999999/utm/add", "/contacts/999999/utm/1/remove" })
	void answersNotFoundForAMissingContact(String path) {
		Answer answer = this.api.post(path, "{\"utm_source\":\"x\"}");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contractViolations()).isEmpty();
	}

	private String utm(String action) {
		return "/contacts/" + this.contactId + "/utm/" + action;
	}

	private List<ActivityEvent> events() {
		return this.activity.eventsOf(this.contactId)
			.stream()
			.filter((event) -> event.type().equals("lead.utmtagsadded"))
			.toList();
	}

	record DeviceSeen(long contactId, String userAgent, Instant dateAdded) {
	}

	static class RecordingDeviceSink implements UtmDeviceSink {

		final List<DeviceSeen> seen = new CopyOnWriteArrayList<>();

		@Override
		public void userAgentSeen(long contactId, String userAgent, Instant dateAdded) {
			this.seen.add(new DeviceSeen(contactId, userAgent, dateAdded));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DeviceSinkConfiguration {

		@Bean
		RecordingDeviceSink recordingDeviceSink() {
			return new RecordingDeviceSink();
		}

	}

}
