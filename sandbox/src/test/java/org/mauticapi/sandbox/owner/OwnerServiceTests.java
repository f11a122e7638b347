package org.mauticapi.sandbox.owner;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mauticapi.sandbox.user.SandboxHttp;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerServiceTests {

	private static SandboxHttp sandbox;

	@BeforeAll
	static void start() {
		sandbox = SandboxHttp.start();
		sandbox.post("/api/users/new", """
				{"username": "sam", "firstName": "Sam", "lastName": "Sales", "email": "sam@example.com",
				 "role": 1, "plainPassword": "secret-123"}""");
		sandbox.post("/api/users/new", """
				{"username": "bea", "firstName": "Bea", "lastName": "Zed", "email": "bea@example.com",
				 "role": 1, "plainPassword": "secret-123"}""");
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|Admin,Bea,Sam", "filter=Sam|Sam", "filter=sales|Sam", "filter=Sam%20S|Sam", "filter=ales|''",
					"filter=zzz|''", "limit=1&start=1|Bea", "limit=0|Admin,Bea,Sam", "start=2|Admin,Bea,Sam",
					"filter=_e|Bea" })
	void listsOwnersByNamePrefixOrderedByName(String query, String expectedFirstNames) {
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/list/owners" + (query.isEmpty() ? "" : "?" + query));

		List<String> firstNames = new ArrayList<>();
		answer.body().forEach((owner) -> firstNames.add(owner.path("firstName").asString()));
		assertThat(firstNames).containsExactlyElementsOf(
				expectedFirstNames.isEmpty() ? List.of() : List.of(expectedFirstNames.split(",")));
		assertThat(answer.contractViolations()).isEmpty();
	}

}
