package org.mauticapi.sandbox.company;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.user.SandboxHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyServiceTests {

	private static SandboxHttp sandbox;

	private static long acme;

	private static long globex;

	@BeforeAll
	static void start() {
		sandbox = SandboxHttp.start();
		acme = sandbox.post("/api/companies/new", """
				{"companyname": "Acme Corp", "companycity": "London", "companyindustry": "Technology"}""")
			.body()
			.path("company")
			.path("id")
			.asLong();
		globex = sandbox.post("/api/companies/new", """
				{"companyname": "Globex Inc", "companynumber_of_employees": 1200}""")
			.body()
			.path("company")
			.path("id")
			.asLong();
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void createAnswersFieldsByGroupAndAll() {
		SandboxHttp.Answer created = sandbox.post("/api/companies/new", "{\"companyname\": \"Initech\"}");

		JsonNode company = created.body().path("company");
		assertThat(created.status()).isEqualTo(201);
		assertThat(company.path("score").asInt()).isZero();
		assertThat(company.path("fields").path("core").path("companyname").path("value").asString())
			.isEqualTo("Initech");
		assertThat(company.path("fields").path("core").path("companycity").path("normalizedValue").asString())
			.isEmpty();
		assertThat(company.path("fields").path("social").isArray()).isTrue();
		assertThat(company.path("fields").path("all").path("companyname").asString()).isEqualTo("Initech");
	}

	@Test
	void createWithTakenNameUpdatesThatCompany() {
		SandboxHttp.Answer again = sandbox.post("/api/companies/new",
				"{\"companyname\": \"acme corp\", \"companyzipcode\": \"E1\"}");

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("company").path("id").asLong()).isEqualTo(acme);
	}

	@Test
	void contactCreatedWithCompanyIsLinkedToItAsPrimary() {
		long ada = sandbox
			.createContact("{\"firstname\": \"Ada\", \"email\": \"ada@example.com\", \"company\": \"Acme Corp\"}");

		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/companies");

		assertThat(answer.body().path("total").asInt()).isEqualTo(1);
		JsonNode row = answer.body().path("companies").get(0);
		assertThat(row.path("company_id").asString()).isEqualTo(String.valueOf(acme));
		assertThat(row.path("is_primary").asString()).isEqualTo("1");
		assertThat(row.path("social_cache").asString()).isEqualTo("a:0:{}");
		assertThat(row.path("date_added").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
		assertThat(row.has("companyemail")).isFalse();
		row.forEach((value) -> assertThat(value.isString()).isTrue());
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void contactCreatedWithUnknownCompanyCreatesIt() {
		long linus = sandbox.createContact("{\"firstname\": \"Linus\", \"company\": \"Tux Industries\"}");

		JsonNode row = sandbox.get("/api/contacts/" + linus + "/companies").body().path("companies").get(0);

		assertThat(row.path("companyname").asString()).isEqualTo("Tux Industries");
		assertThat(row.path("company_id").asLong()).isGreaterThan(globex);
	}

	@Test
	void companyAddedLastBecomesPrimaryAndNamesTheContactsCompany() {
		long grace = sandbox.createContact("{\"firstname\": \"Grace\", \"email\": \"grace@example.com\"}");

		assertThat(sandbox.post("/api/companies/" + acme + "/contact/" + grace + "/add").body().path("success").asInt())
			.isEqualTo(1);
		sandbox.post("/api/companies/" + globex + "/contact/" + grace + "/add");

		JsonNode rows = sandbox.get("/api/contacts/" + grace + "/companies").body().path("companies");
		assertThat(rows.get(0).path("is_primary").asString()).isEqualTo("0");
		assertThat(rows.get(1).path("is_primary").asString()).isEqualTo("1");
		assertThat(rows.get(1).path("companynumber_of_employees").asString()).isEqualTo("1200");
		JsonNode contact = sandbox.get("/api/contacts/" + grace).body().path("contact");
		assertThat(contact.path("fields").path("all").path("company").asString()).isEqualTo("Globex Inc");
	}

	@Test
	void linkingAnswersNotFoundForMissingIds() {
		long katherine = sandbox.createContact("{\"firstname\": \"Katherine\"}");

		assertThat(sandbox.post("/api/companies/999/contact/" + katherine + "/add").status()).isEqualTo(404);
		assertThat(sandbox.post("/api/companies/" + acme + "/contact/999999/add").status()).isEqualTo(404);
	}

	@Test
	void answersEmptyListAndNotFound() {
		long quiet = sandbox.createContact("{\"firstname\": \"Quiet\"}");

		SandboxHttp.Answer none = sandbox.get("/api/contacts/" + quiet + "/companies");
		SandboxHttp.Answer missing = sandbox.get("/api/contacts/999999/companies");

		assertThat(none.body().path("companies").isArray()).isTrue();
		assertThat(none.body().path("total").asInt()).isZero();
		assertThat(none.contractViolations()).isEmpty();
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contractViolations()).isEmpty();
	}

}
