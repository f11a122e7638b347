package org.mauticapi.sandbox.user;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiTests {

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
	void createsUserAsMauticAnswersIt() {
		SandboxHttp.Answer answer = sandbox.post("/api/users/new", """
				{"username": "sam", "firstName": "Sam", "lastName": "Sales", "email": "sam@example.com",
				 "role": 1, "plainPassword": "secret-123"}""");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.body().path("user").path("id").asLong()).isGreaterThan(1);
		assertThat(answer.body().path("user").path("createdByUser").asString()).isEqualTo("Admin User");
		assertThat(answer.body().path("user").path("role").path("name").asString()).isEqualTo("Administrator");
		assertThat(answer.body().path("user").path("timezone").isNull()).isTrue();
	}

	@Test
	void createdUserIsListedAsOwner() {
		sandbox.post("/api/users/new", """
				{"username": "priya", "firstName": "Priya", "lastName": "Raman", "email": "priya@example.com",
				 "role": 1, "plainPassword": "secret-123"}""");

		SandboxHttp.Answer owners = sandbox.get("/api/contacts/list/owners?filter=Priya");

		assertThat(owners.body()).hasSize(1);
		assertThat(owners.contractViolations()).isEmpty();
	}

	@Test
	void refusesUserWithoutUsernameOrRole() {
		SandboxHttp.Answer answer = sandbox.post("/api/users/new", """
				{"firstName": "No", "lastName": "Name", "email": "no@example.com", "plainPassword": "secret-123"}""");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("errors").get(0).path("details").propertyNames()).containsExactly("username",
				"role");
	}

	@Test
	void aUserWithoutPasswordIsMauticsGeneric500() {
		SandboxHttp.Answer answer = sandbox.post("/api/users/new",
				"""
						{"username": "nopass", "firstName": "No", "lastName": "Pass", "email": "nopass@example.com", "role": 1}""");

		assertThat(answer.status()).isEqualTo(500);
	}

}
