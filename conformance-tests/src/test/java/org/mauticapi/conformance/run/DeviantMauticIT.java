package org.mauticapi.conformance.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.mauticapi.conformance.deviation.DeviatingProxy;
import org.mauticapi.conformance.deviation.Deviation;
import org.mauticapi.conformance.deviation.DeviationCatalogue;
import org.mauticapi.conformance.http.Credentials;
import org.mauticapi.conformance.report.OperationCoverage;
import org.mauticapi.conformance.report.OperationStatus;
import org.mauticapi.conformance.report.RunResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit catches deviations: a proxy in front of the sandbox deviates in one way at a
 * time (a status, a shape, a format, an ignored list parameter, a write that answers
 * success and stores nothing...), and the kit must report the deviating operation as
 * failed for at least 95% of them; through the same proxy deviating in nothing, the kit
 * reports no failure.
 */
class DeviantMauticIT {

	private static final double REQUIRED_SHARE = 0.95;

	private static DeviatingProxy proxy;

	@BeforeAll
	static void start() {
		proxy = DeviatingProxy.overDemoSandbox();
	}

	@AfterAll
	static void stop() {
		proxy.close();
	}

	@Test
	void reportsNoFailureWhenNothingDeviates() {
		proxy.deviate(Deviation.NONE);

		RunResult result = runKit("@contacts or @segments or @segment-membership or @do-not-contact", "");

		assertThat(result.failures()).isEmpty();
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void catchesAtLeast95PercentOfTheDeviationsAsFailuresOfTheirOperation() {
		List<Deviation> deviations = DeviationCatalogue.all();
		List<String> missed = new ArrayList<>();

		for (Deviation deviation : deviations) {
			proxy.deviate(deviation);
			RunResult result = runKit(deviation.tags(), deviation.scenarios());
			if (!caught(deviation, result)) {
				missed
					.add(deviation.name() + " (" + deviation.operationIds() + " " + statuses(deviation, result) + ")");
			}
		}
		proxy.deviate(Deviation.NONE);

		assertThat(deviations).hasSizeGreaterThanOrEqualTo(30);
		assertThat(1.0 - (double) missed.size() / deviations.size())
			.as("missed %d of %d: %s", missed.size(), deviations.size(), missed)
			.isGreaterThanOrEqualTo(REQUIRED_SHARE);
	}

	private static boolean caught(Deviation deviation, RunResult result) {
		return result.exitCode() == 1 && result.coverage()
			.operations()
			.stream()
			.anyMatch((line) -> deviation.operationIds().contains(line.operationId())
					&& line.status() == OperationStatus.FAILED);
	}

	private static List<String> statuses(Deviation deviation, RunResult result) {
		return result.coverage()
			.operations()
			.stream()
			.filter((line) -> deviation.operationIds().contains(line.operationId())
					|| line.status() == OperationStatus.FAILED)
			.map(OperationCoverage::toString)
			.toList();
	}

	private static RunResult runKit(String tags, String scenarios) {
		ConformanceConfig config = ConformanceConfig
			.allScenarios(URI.create(proxy.baseUrl()), new Credentials.Basic("admin", "mautic"),
					Path.of("target/conformance-reports/deviant"))
			.withTags(tags);
		if (!scenarios.isEmpty()) {
			config = config.withNames(scenarios);
		}
		return new ConformanceRunner(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
			.run(config);
	}

}
