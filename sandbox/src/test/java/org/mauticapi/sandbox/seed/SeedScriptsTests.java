package org.mauticapi.sandbox.seed;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SeedScriptsTests {

	@Test
	void demoNamesTheBuiltInDataSet() {
		SeedScript script = SeedScripts.forSetting("demo");

		assertThat(script).isEqualTo(DemoSeed.script());
	}

	@Test
	void emptyNamesNoRequests() {
		SeedScript script = SeedScripts.forSetting("empty");

		assertThat(script.requests()).isEmpty();
	}

	@Test
	void anythingElseIsAScriptFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("mine.json");
		Files.writeString(file, """
				[{"method": "POST", "path": "/api/contacts/new", "body": {"email": "a@example.com"}}]
				""");

		SeedScript script = SeedScripts.forSetting(file.toString());

		assertThat(script.requests()).extracting(SeedRequest::path).containsExactly("/api/contacts/new");
	}

}
