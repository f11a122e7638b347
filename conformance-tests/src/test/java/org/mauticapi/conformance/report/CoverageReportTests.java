package org.mauticapi.conformance.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link CoverageReport}. */
class CoverageReportTests {

	private static final RunFacts FACTS = new RunFacts("https://mautic.example.com", "5.1.0",
			"conformance-20261206120000-abcdef", OffsetDateTime.of(2026, 12, 6, 12, 0, 0, 0, ZoneOffset.UTC),
			Duration.ofMillis(64_000), true);

	@Test
	void writesTheFactsOfTheRunAndLinksEachOperationToItsScenariosInCucumbersReport(@TempDir Path folder)
			throws Exception {
		CoverageReport report = new CoverageReport(FACTS,
				List.of(new OperationCoverage("GET", "/contacts/{id}", "getContact", OperationStatus.PASSED, null,
						List.of("Get one contact", "A contact & more"), List.of())));

		report.writeTo(folder);

		String html = Files.readString(folder.resolve("coverage.html"));
		assertThat(html).contains("https://mautic.example.com", "5.1.0", "conformance-20261206120000-abcdef",
				"2026-12-06T12:00:00Z", "64.0 s", "<a href=\"cucumber.html?query=Get+one+contact\">Get one contact</a>",
				"<a href=\"cucumber.html?query=A+contact+%26+more\">A contact &amp; more</a>");
		JsonNode json = JsonMapper.shared().readTree(folder.resolve("coverage.json").toFile());
		assertThat(json.path("marker").asString()).isEqualTo("conformance-20261206120000-abcdef");
		assertThat(json.path("durationSeconds").asDouble()).isEqualTo(64.0);
		assertThat(json.path("operations").path(0).path("scenarios").path(1).asString()).isEqualTo("A contact & more");
	}

	@Test
	void showsHowToReproduceAFailedOperation(@TempDir Path folder) throws Exception {
		CoverageReport report = new CoverageReport(FACTS, List.of(new OperationCoverage("POST", "/contacts/new",
				"createContact", OperationStatus.FAILED, "Create a contact: answered 200", List.of("Create a contact"),
				List.of("curl -sS -X POST -u \"admin:$MAUTIC_PASSWORD\" 'https://mautic.example.com/api/contacts/new'"))));

		report.writeTo(folder);

		assertThat(Files.readString(folder.resolve("coverage.html")))
			.contains("<pre>curl -sS -X POST -u &quot;admin:$MAUTIC_PASSWORD&quot;");
	}

}
