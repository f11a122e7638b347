package org.mauticapi.sandbox.points;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mauticapi.sandbox.SandboxApplication;
import org.mauticapi.sandbox.activity.ActivityEvent;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.support.SandboxCalls;
import org.mauticapi.sandbox.support.SandboxCalls.Answer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=mautic-sandbox", "sandbox.seed=empty" })
class PointsApiIT {

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
			.createContact("{\"firstname\":\"Grace\",\"email\":\"grace-" + System.nanoTime() + "@example.com\"}");
	}

	@Test
	void addsAndSubtractsPointsWithTheGivenEventNames() {
		Answer plus = this.api.post(points("plus/10"),
				"{\"eventName\":\"Webinar attended\",\"actionName\":\"Attended\"}");
		Answer minus = this.api.postForm(points("minus/3"), "eventName=Refund&actionName=Refunded");

		assertThat(plus.status()).isEqualTo(200);
		assertThat(plus.body()).hasToString("{\"success\":1}");
		assertThat(plus.contractViolations()).isEmpty();
		assertThat(minus.contractViolations()).isEmpty();
		assertThat(pointsOfContact()).isEqualTo(7);
		assertThat(events()).extracting((event) -> event.body().path("eventLabel").asString())
			.containsExactly("Webinar attended / 10", "Refund / 3");
	}

	@ParameterizedTest
	@CsvSource({ "plus/5, 15, add (+) / 5", "minus/8, 2, subtract (-) / 8", "plus/2.5, 12, add (+) / 2",
			"times/3, 30, multiply (x) / 3", "divide/4, 3, divide (/) / 4", "divide/3, 3, divide (/) / 3" })
	void namesTheChangeAfterItsOperatorWhenTheBodyDoesNot(String change, long expected, String label) {
		this.api.post(points("plus/10"));

		Answer answer = this.api.post(points(change));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(pointsOfContact()).isEqualTo(expected);
		assertThat(events()).last().satisfies((event) -> {
			assertThat(event.body().path("eventLabel").asString()).isEqualTo(label);
			assertThat(event.body().path("details").path("log").path("actionName").asString()).isEqualTo("API");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "plus/0", "minus/0", "times/0", "divide/0" })
	void answersSuccessForZeroButChangesAndLogsNothing(String change) {
		this.api.post(points("plus/10"));

		Answer answer = this.api.post(points(change));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(pointsOfContact()).isEqualTo(10);
		assertThat(events()).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plus/abc", "minus/xyz", "plus/2abc", "times/x" })
	void answersTheGenericServerErrorForAValueThatIsNoNumber(String change) {
		Answer answer = this.api.post(points(change));

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.body().path("errors").path(0).path("message").asString())
			.startsWith("Looks like I encountered");
		assertThat(events()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plus", "minus" })
	void answersContactNotFoundForAMissingContact(String operator) {
		Answer answer = this.api.post("/contacts/999999/points/" + operator + "/5");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("errors").path(0).path("message").asString()).isEqualTo("Contact not found.");
	}

	@Test
	void losesNoPointsToParallelChanges() throws Exception {
		int calls = 200;
		List<Future<Answer>> answers = new ArrayList<>();

		ExecutorService executor = Executors.newFixedThreadPool(16);
		for (int i = 0; i < calls; i++) {
			answers.add(executor.submit(() -> this.api.post(points("plus/1"))));
		}
		for (Future<Answer> answer : answers) {
			assertThat(answer.get().status()).isEqualTo(200);
		}
		executor.shutdown();

		assertThat(pointsOfContact()).isEqualTo(calls);
		assertThat(events()).hasSize(calls);
		assertThat(events()).extracting(ActivityEvent::id).doesNotHaveDuplicates();
	}

	private String points(String change) {
		return "/contacts/" + this.contactId + "/points/" + change;
	}

	private long pointsOfContact() {
		return this.api.get("/contacts/" + this.contactId).body().path("contact").path("points").asLong();
	}

	private List<ActivityEvent> events() {
		return this.activity.eventsOf(this.contactId)
			.stream()
			.filter((event) -> event.type().equals("point.gained"))
			.toList();
	}

}
