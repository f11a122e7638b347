package org.mauticapi.sandbox.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeedScriptTests {

	@Test
	void readsRequestsWithAndWithoutBody() {
		String json = """
				[
				  {"method": "POST", "path": "/api/contacts/batch/new", "body": [{"email": "ada@example.com"}]},
				  {"method": "post", "path": "/api/segments/1/contact/1/add"}
				]
				""";

		SeedScript script = SeedScript.parse(json, "test.json");

		assertThat(script.requests()).containsExactly(
				SeedRequest.post("/api/contacts/batch/new",
						JsonMapper.shared().readTree("[{\"email\": \"ada@example.com\"}]")),
				SeedRequest.post("/api/segments/1/contact/1/add"));
	}

	@Test
	void treatsANullBodyAsNoBody() {
		SeedScript script = SeedScript.parse("[{\"method\": \"POST\", \"path\": \"/api/x/1\", \"body\": null}]", "t");

		assertThat(script.requests().get(0).body()).isNull();
	}

	@Test
	void writesWhatItReads() {
		SeedScript script = new SeedScript(List.of(
				SeedRequest.post("/api/notes/new",
						JsonMapper.shared().readTree("{\"lead\": 1, \"text\": \"Zoë called\"}")),
				new SeedRequest("DELETE", "/api/contacts/1/delete", null)));

		String json = script.toJson();

		assertThat(SeedScript.parse(json, "written")).isEqualTo(script);
		assertThat(json).doesNotContain("\"body\" : null");
	}

	@Test
	void readsAFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("seed.json");
		Files.writeString(file, """
				[{"method": "POST", "path": "/api/users/new", "body": {"username": "sam"}}]
				""");

		SeedScript script = SeedScript.read(file);

		assertThat(script.requests()).hasSize(1);
	}

	@Test
	void reportsAFileThatCannotBeRead(@TempDir Path directory) {
		Path missing = directory.resolve("missing.json");

		assertThatExceptionOfType(SeedScriptException.class).isThrownBy(() -> SeedScript.read(missing))
			.withMessageContaining("missing.json cannot be read");
	}

	@Test
	void saysWhereTheJsonIsBroken() {
		String json = "[{\"method\": \"POST\",\n \"path\": }]";

		assertThatExceptionOfType(SeedScriptException.class).isThrownBy(() -> SeedScript.parse(json, "seed.json"))
			.withMessageStartingWith("Seed script seed.json is not valid JSON at line 2, column 10: ")
			.withMessageContaining("Unexpected character");
	}

	@ParameterizedTest
	@MethodSource("malformedScripts")
	void explainsWhichEntryIsWrongAndWhy(String json, String expectedMessage) {
		assertThatExceptionOfType(SeedScriptException.class).isThrownBy(() -> SeedScript.parse(json, "seed.json"))
			.withMessage(expectedMessage);
	}

	static Stream<Arguments> malformedScripts() {
		return Stream.of(
				malformed("an object", "{'method': 'POST'}",
						" must be a JSON array of requests, not object {\"method\":\"POST\"}"),
				malformed("an entry that is not an object", "[{'method': 'POST', 'path': '/api/a'}, 42]",
						", entry [1] must be an object with method, path and an optional body, not number 42"),
				malformed("an unknown key", "[{'method': 'POST', 'path': '/api/a', 'bdy': {}}]",
						", entry [0] has an unknown key 'bdy' (allowed: method, path, body)"),
				malformed("no method", "[{'path': '/api/a'}]", ", entry [0] has no 'method'"),
				malformed("no path", "[{'method': 'POST', 'body': {}}]", ", entry [0] has no 'path'"),
				malformed("a method that is not a string", "[{'method': 1, 'path': '/api/a'}]",
						", entry [0]: 'method' must be a non-empty string, not number 1"),
				malformed("an unknown method", "[{'method': 'FETCH', 'path': '/api/a'}]",
						", entry [0] (FETCH /api/a): method must be one of [GET, POST, PUT, PATCH, DELETE], "
								+ "not 'FETCH'"),
				malformed("a path outside the API", "[{'method': 'POST', 'path': 'contacts/new'}]",
						", entry [0] (POST contacts/new): path must start with /api/, not 'contacts/new'"),
				malformed("a path template", "[{'method': 'POST', 'path': '/api/segments/{id}/add'}]",
						", entry [0] (POST /api/segments/{id}/add): path must hold concrete ids, not a template: "
								+ "'/api/segments/{id}/add'"));
	}

	// The scripts are written with single quotes to stay readable.
	private static Arguments malformed(String name, String script, String problem) {
		return Arguments.of(Named.of(name, script.replace('\'', '"')), "Seed script seed.json" + problem);
	}

}
