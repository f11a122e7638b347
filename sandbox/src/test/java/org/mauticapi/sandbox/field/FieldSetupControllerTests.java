package org.mauticapi.sandbox.field;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.user.SandboxHttp;

import static org.assertj.core.api.Assertions.assertThat;

class FieldSetupControllerTests {

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
	void storesSettingsAsTextLikeMauticsForm() {
		SandboxHttp.Answer answer = sandbox.post("/api/fields/contact/new", """
				{"label": "Annual Spend", "alias": "annual_spend", "type": "number", "group": "professional",
				 "properties": {"roundmode": 4, "scale": 2}}""");

		assertThat(answer.status()).isEqualTo(201);
		assertThat(answer.body().path("field").path("properties").path("roundmode").asString()).isEqualTo("4");
		assertThat(answer.body().path("field").path("object").asString()).isEqualTo("lead");
	}

	@Test
	void answersEmptySettingsAsObjectAndMultiselectDefaultAsEmptyText() {
		SandboxHttp.Answer date = sandbox.post("/api/fields/contact/new", """
				{"label": "Contract Date", "alias": "contract_date", "type": "date", "group": "core"}""");
		SandboxHttp.Answer multi = sandbox.post("/api/fields/contact/new", """
				{"label": "Interests", "alias": "interests", "type": "multiselect",
				 "properties": {"list": [{"label": "AI", "value": "ai"}]}}""");

		assertThat(date.body().path("field").path("properties").isObject()).isTrue();
		assertThat(date.body().path("field").path("defaultValue").isNull()).isTrue();
		assertThat(multi.body().path("field").path("defaultValue").asString()).isEmpty();
	}

	@Test
	void createdFieldAppearsInTheFieldListAndContacts() {
		long id = sandbox.post("/api/fields/contact/new", """
				{"label": "Favourite Colour", "alias": "favourite_colour", "type": "text", "group": "personal"}""")
			.body()
			.path("field")
			.path("id")
			.asLong();

		SandboxHttp.Answer fields = sandbox.get("/api/contacts/list/fields");

		assertThat(fields.body().path(String.valueOf(id)).path("alias").asString()).isEqualTo("favourite_colour");
		assertThat(fields.contractViolations()).isEmpty();
	}

	@Test
	void takenAliasGetsANumber() {
		sandbox.post("/api/fields/contact/new", """
				{"label": "Shoe size", "alias": "shoe_size", "type": "number"}""");

		SandboxHttp.Answer again = sandbox.post("/api/fields/contact/new", """
				{"label": "Shoe size", "alias": "shoe_size", "type": "number"}""");

		assertThat(again.body().path("field").path("alias").asString()).isEqualTo("shoe_size1");
	}

	@Test
	void deletesCustomFieldAndAnswersItWithoutId() {
		long id = sandbox.post("/api/fields/contact/new", """
				{"label": "Temporary", "type": "text"}""").body().path("field").path("id").asLong();

		SandboxHttp.Answer deleted = sandbox.delete("/api/fields/contact/" + id + "/delete");

		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.body().path("field").path("id").isNull()).isTrue();
		assertThat(sandbox.delete("/api/fields/contact/" + id + "/delete").status()).isEqualTo(404);
	}

	@Test
	void refusesFieldWithoutLabel() {
		assertThat(sandbox.post("/api/fields/contact/new", "{\"type\": \"text\"}").status()).isEqualTo(400);
	}

}
