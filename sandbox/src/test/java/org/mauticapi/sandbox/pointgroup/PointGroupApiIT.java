package org.mauticapi.sandbox.pointgroup;

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
class PointGroupApiIT {

	@LocalServerPort
	int port;

	@Autowired
	ActivityLog activity;

	private SandboxCalls api;

	private long contactId;

	private long groupId;

	@BeforeEach
	void createContactAndGroup() {
		this.api = SandboxCalls.onPort(this.port);
		this.contactId = this.api
			.createContact("{\"firstname\":\"Ada\",\"email\":\"ada-" + System.nanoTime() + "@example.com\"}");
		this.groupId = createGroup("Engagement").body().path("pointGroup").path("id").asLong();
	}

	@Test
	void createsAGroupAsMauticAnswersIt() {
		Answer answer = createGroup("Product Usage");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.location()).isEqualTo("/api/points/groups/" + answer.body().path("pointGroup").path("id"));
		assertThat(answer.body().path("pointGroup").propertyNames()).containsExactly("isPublished", "dateAdded",
				"dateModified", "createdBy", "createdByUser", "modifiedBy", "modifiedByUser", "id", "name",
				"description");
		assertThat(answer.body().path("pointGroup").path("createdByUser").asString()).isEqualTo("Admin User");
	}

	@Test
	void answersAnEmptyArrayForAGroupTheContactHasNoScoreIn() {
		Answer answer = this.api.get(group(""));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).hasToString("[]");
		assertThat(answer.contractViolations()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "plus/10, 10", "minus/4, -4", "times/3, 0", "divide/5, 0", "set/-5, -5", "set/2.5, 2" })
	void startsFromZeroWithoutAScore(String change, int expected) {
		Answer answer = this.api.post(group("/" + change));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("groupScore").path("score").asInt()).isEqualTo(expected);
		assertThat(answer.body().path("groupScore").path("group").path("name").asString()).isEqualTo("Engagement");
		assertThat(this.api.get(group("")).body().path("groupScore").path("score").asInt()).isEqualTo(expected);
	}

	@Test
	void computesOnIntegers() {
		List<Integer> scores = new ArrayList<>();

		for (String change : List.of("plus/10", "plus/5", "minus/3", "times/4", "divide/2", "set/100")) {
			scores.add(this.api.post(group("/" + change)).body().path("groupScore").path("score").asInt());
		}

		assertThat(scores).containsExactly(10, 15, 12, 48, 24, 100);
	}

	@ParameterizedTest
	@ValueSource(strings = { "divide/7", "divide/0", "plus/abc" })
	void answersTheGenericServerErrorAndKeepsTheScore(String change) {
		this.api.post(group("/set/24"));

		Answer answer = this.api.post(group("/" + change));

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.body().path("errors").path(0).path("message").asString())
			.startsWith("Looks like I encountered");
		assertThat(this.api.get(group("")).body().path("groupScore").path("score").asInt()).isEqualTo(24);
	}

	@Test
	void logsEveryChangeWithTheGroupNameButNotAnUnchangedScore() {
		this.api.post(group("/plus/5"), "{\"eventName\":\"Clicked link\",\"actionName\":\"Click\"}");
		this.api.post(group("/set/2"));
		this.api.post(group("/times/1"));

		assertThat(events()).extracting((event) -> event.body().path("eventLabel").asString())
			.containsExactly("Clicked link / 5 (Engagement)", "Manual change / -3 (Engagement)");
		assertThat(events()).last()
			.satisfies((event) -> assertThat(event.body().path("details").path("log").path("groupName").asString())
				.isEqualTo("Engagement"));
	}

	@Test
	void listsTheContactsScoresInGroupOrder() {
		long usage = createGroup("Product Usage").body().path("pointGroup").path("id").asLong();
		this.api.post("/contacts/" + this.contactId + "/points/groups/" + usage + "/set/-5");
		this.api.post(group("/set/100"));

		Answer answer = this.api.get("/contacts/" + this.contactId + "/points/groups");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contractViolations()).isEmpty();
		assertThat(answer.body().path("total").asInt()).isEqualTo(2);
		assertThat(answer.body().path("groupScores")).extracting((score) -> score.path("score").asInt())
			.containsExactly(100, -5);
	}

	@Test
	void listsNothingForAContactWithoutScores() {
		Answer answer = this.api.get("/contacts/" + this.contactId + "/points/groups");

		assertThat(answer.body()).hasToString("{\"total\":0,\"groupScores\":[]}");
		assertThat(answer.contractViolations()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "GET, /contacts/999999/points/groups, Contact could not be found.",
			"GET, /contacts/999999/points/groups/{group}, Contact could not be found.",
			"POST, /contacts/999999/points/groups/{group}/minus/1, Contact could not be found.",
			"GET, /contacts/{contact}/points/groups/999999, The specified point group was not found.",
			"POST, /contacts/{contact}/points/groups/999999/times/1, The specified point group was not found.",
			"POST, /contacts/{contact}/points/groups/999999/pow/1, The specified point group was not found." })
	void answersNotFoundForAMissingContactOrGroup(String method, String template, String message) {
		String path = template.replace("{contact}", String.valueOf(this.contactId))
			.replace("{group}", String.valueOf(this.groupId));

		Answer answer = method.equals("GET") ? this.api.get(path) : this.api.post(path);

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body().path("errors").path(0).path("message").asString()).isEqualTo(message);
	}

	@Test
	void refusesAnUnknownOperator() {
		Answer answer = this.api.post(group("/pow/2"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("errors").path(0).path("message").asString())
			.isEqualTo("The requested operation is not permitted.");
	}

	@Test
	void losesNoScoreToParallelChanges() throws Exception {
		int calls = 200;
		List<Future<Answer>> answers = new ArrayList<>();

		ExecutorService executor = Executors.newFixedThreadPool(16);
		for (int i = 0; i < calls; i++) {
			answers.add(executor.submit(() -> this.api.post(group("/plus/1"))));
		}
		for (Future<Answer> answer : answers) {
			assertThat(answer.get().status()).isEqualTo(200);
		}
		executor.shutdown();

		assertThat(this.api.get(group("")).body().path("groupScore").path("score").asInt()).isEqualTo(calls);
		assertThat(events()).hasSize(calls);
	}

	private Answer createGroup(String name) {
		return this.api.post("/points/groups/new", "{\"name\":\"" + name + "\",\"description\":\"Opens and clicks\"}");
	}

	private String group(String rest) {
		return "/contacts/" + this.contactId + "/points/groups/" + this.groupId + rest;
	}

	private List<ActivityEvent> events() {
		return this.activity.eventsOf(this.contactId)
			.stream()
			.filter((event) -> event.type().equals("point.gained"))
			.toList();
	}

}
