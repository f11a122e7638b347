package org.mauticapi.sandbox.note;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mauticapi.sandbox.user.SandboxHttp;

import static org.assertj.core.api.Assertions.assertThat;

class NoteServiceTests {

	private static SandboxHttp sandbox;

	private static long ada;

	@BeforeAll
	static void start() {
		sandbox = SandboxHttp.start();
		ada = sandbox.createContact("{\"firstname\": \"Ada\", \"email\": \"ada@example.com\"}");
		note("{\"lead\": %d, \"text\": \"Called about the <b>renewal</b>\", \"type\": \"call\", \"dateTime\": \"2026-11-20T09:30:00+00:00\"}");
		note("{\"lead\": %d, \"text\": \"Meeting at Acme HQ\", \"type\": \"meeting\", \"dateTime\": \"2026-11-18T14:00:00+00:00\"}");
		note("{\"lead\": %d, \"text\": \"Prefers email contact.\", \"type\": \"general\"}");
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	private static SandboxHttp.Answer note(String template) {
		return sandbox.post("/api/notes/new", template.formatted(ada));
	}

	@Test
	void createAnswersNoteWithItsContactsFieldGroups() {
		long grace = sandbox.createContact("{\"firstname\": \"Grace\", \"email\": \"grace@example.com\"}");

		SandboxHttp.Answer created = sandbox.post("/api/notes/new",
				"{\"lead\": %d, \"text\": \"Sent whitepaper\", \"type\": \"email\"}".formatted(grace));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("note").path("dateTime").isNull()).isTrue();
		assertThat(created.body().path("note").path("lead").path("fields").has("core")).isTrue();
		assertThat(created.body().path("note").path("lead").path("fields").has("all")).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "search=renewal|1", "search=type:call|1", "search=type:meeting%20acme|2", "search=nothing|''",
					"orderBy=n.dateTime&orderByDir=ASC&search=type:call|1",
					"orderBy=n.dateTime&orderByDir=ASC&limit=3&search=e|3,2,1" })
	void listsNotesMatchingSearchInOrder(String query, String expectedIds) {
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/notes?" + query);

		List<String> ids = new ArrayList<>();
		answer.body().path("notes").forEach((note) -> ids.add(note.path("id").asString()));
		assertThat(ids).containsExactlyElementsOf(expectedIds.isEmpty() ? List.of() : List.of(expectedIds.split(",")));
		assertThat(answer.body().path("total").asInt()).isEqualTo(ids.size());
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void listOmitsNullsAndShowsLeadAsEmptyObject() {
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/notes?search=Prefers");

		assertThat(answer.body().path("notes").get(0).has("dateTime")).isFalse();
		assertThat(answer.body().path("notes").get(0).path("lead").isObject()).isTrue();
		assertThat(answer.body().path("notes").get(0).path("lead").isEmpty()).isTrue();
	}

	@Test
	void pagesWithStartAndLimitButCountsAll() {
		SandboxHttp.Answer answer = sandbox
			.get("/api/contacts/" + ada + "/notes?limit=1&start=1&orderBy=n.id&orderByDir=ASC");

		assertThat(answer.body().path("total").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(answer.body().path("notes")).hasSize(1);
		assertThat(answer.body().path("notes").get(0).path("id").asLong()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "orderBy=dateTime", "orderBy=n.unknown", "orderByDir=UP", "limit=-1", "start=abc" })
	void answersMauticsServerErrorForWhatDoctrineCannotBuild(String query) {
		SandboxHttp.Answer answer = sandbox.get("/api/contacts/" + ada + "/notes?" + query);

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.contractViolations()).isEmpty();
	}

	@Test
	void answersEmptyListAndNotFound() {
		long quiet = sandbox.createContact("{\"firstname\": \"Quiet\"}");

		SandboxHttp.Answer none = sandbox.get("/api/contacts/" + quiet + "/notes");
		SandboxHttp.Answer missing = sandbox.get("/api/contacts/999999/notes");

		assertThat(none.body().path("notes").isArray()).isTrue();
		assertThat(none.body().path("total").asInt()).isZero();
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contractViolations()).isEmpty();
		assertThat(sandbox.post("/api/notes/new", "{\"lead\": 999999, \"text\": \"x\"}").status()).isEqualTo(404);
	}

	@Test
	void deletedContactsNotesAreGone() {
		long gone = sandbox.createContact("{\"firstname\": \"Gone\"}");
		sandbox.post("/api/notes/new", "{\"lead\": %d, \"text\": \"Bye\"}".formatted(gone));

		sandbox.delete("/api/contacts/" + gone + "/delete");

		assertThat(sandbox.get("/api/contacts/" + gone + "/notes").status()).isEqualTo(404);
	}

}
