package org.mauticapi.sandbox.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.SandboxApplication;
import org.mauticapi.sandbox.support.SandboxCalls;
import org.mauticapi.sandbox.support.SandboxCalls.Answer;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mautic's common controller rules, through one kind of entity (point groups).
 */
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=mautic-sandbox", "sandbox.seed=empty" })
class CommonApiIT {

	@LocalServerPort
	int port;

	private SandboxCalls api;

	@BeforeEach
	void connect() {
		this.api = SandboxCalls.onPort(this.port);
	}

	@Test
	void patchOnAMissingIdIsNotFoundWhilePutCreatesWithANewId() {
		Answer patched = this.api.send("PATCH", "/points/groups/999999/edit", "{\"name\": \"none\"}");
		Answer put = this.api.send("PUT", "/points/groups/999999/edit", "{\"name\": \"Put\"}");

		assertThat(patched.status()).isEqualTo(404);
		assertThat(put.status()).isEqualTo(201);
		assertThat(put.body().path("pointGroup").path("id").asLong()).isNotEqualTo(999999);
	}

	@Test
	void putClearsWhatItDoesNotSendAndPatchKeepsIt() {
		long id = create("{\"name\": \"Kept\", \"description\": \"d\"}");

		Answer patched = this.api.send("PATCH", "/points/groups/" + id + "/edit", "{\"name\": \"Patched\"}");
		Answer put = this.api.send("PUT", "/points/groups/" + id + "/edit", "{\"name\": \"Put\"}");

		assertThat(patched.body().path("pointGroup").path("description").asString()).isEqualTo("d");
		assertThat(put.body().path("pointGroup").path("description").isNull()).isTrue();
		assertThat(put.body().path("pointGroup").path("isPublished").asBoolean()).isFalse();
	}

	@Test
	void anEditThatChangesNothingRecordsTheUserButNotTheDate() {
		long id = create("{\"name\": \"Same\"}");

		Answer edited = this.api.send("PATCH", "/points/groups/" + id + "/edit", "{\"name\": \"Same\"}");

		assertThat(edited.body().path("pointGroup").path("dateModified").isNull()).isTrue();
		assertThat(edited.body().path("pointGroup").path("modifiedByUser").asString()).isEqualTo("Admin User");
	}

	@Test
	void aDeleteAnswersTheEntityWithoutItsId() {
		long id = create("{\"name\": \"Gone\"}");

		Answer deleted = this.api.send("DELETE", "/points/groups/" + id + "/delete", null);

		assertThat(deleted.body().path("pointGroup").path("id").isNull()).isTrue();
		assertThat(this.api.get("/points/groups/" + id).status()).isEqualTo(404);
	}

	@Test
	void batchAnswersAreKeyedAsTheRequestKeyedItsItems() {
		long first = create("{\"name\": \"First\"}");

		Answer edited = this.api.send("PATCH", "/points/groups/batch/edit",
				"[{\"id\": 999999, \"name\": \"x\"}, {\"id\": " + first + ", \"name\": \"First again\"}]");

		JsonNode body = edited.body();
		assertThat(body.path("pointGroups").isObject()).isTrue();
		assertThat(body.path("pointGroups").propertyNames()).containsExactly("1");
		assertThat(body.path("statusCodes").toString()).isEqualTo("[404,200]");
		assertThat(body.path("errors").get(0).path("code").asInt()).isEqualTo(404);
	}

	@Test
	void aBatchNewAnswersEachItemWithItsStatus() {
		Answer created = this.api.send("POST", "/points/groups/batch/new",
				"[{\"name\": \"A\"}, {\"description\": \"no name\"}]");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("pointGroups").isArray()).isTrue();
		assertThat(created.body().path("pointGroups")).hasSize(1);
		assertThat(created.body().path("statusCodes").toString()).isEqualTo("[201,400]");
		assertThat(created.body().path("errors").path("1").path("details").has("name")).isTrue();
	}

	@Test
	void aBatchDeleteAnswersTheEntitiesAsTheyWereAndAnIdNamedTwiceOnce() {
		long id = create("{\"name\": \"Twice\"}");

		Answer deleted = this.api.send("DELETE", "/points/groups/batch/delete?ids=" + id + "," + id, null);

		assertThat(deleted.body().path("pointGroups").get(0).path("id").asLong()).isEqualTo(id);
		assertThat(deleted.body().path("errors").path("1").path("code").asInt()).isEqualTo(404);
	}

	@Test
	void listsFindIdsAndRefuseUnknownColumns() {
		long id = create("{\"name\": \"Listed\"}");

		Answer listed = this.api.get("/points/groups?search=ids:" + id);
		Answer unknown = this.api.get("/points/groups?orderBy=nosuchcolumn");

		assertThat(listed.body().path("total").asInt()).isEqualTo(1);
		assertThat(listed.body().path("pointGroups").get(0).path("id").asLong()).isEqualTo(id);
		assertThat(unknown.status()).isEqualTo(500);
	}

	private long create(String json) {
		return this.api.post("/points/groups/new", json).body().path("pointGroup").path("id").asLong();
	}

}
