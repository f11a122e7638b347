package org.mauticapi.sandbox.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.sandbox.SandboxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out comparison against a real Mautic, a tool rather than a build test: runs
 * only when {@code -Dfidelity.mautic-url} names a fresh real Mautic. Every scenario under
 * {@code src/test/resources/fidelity/scenarios} runs against it and against a fresh empty
 * sandbox, and each answer is compared by shape; {@code target/fidelity/comparison.txt}
 * has the result. With {@code -Dfidelity.record=<folder>} Mautic's exchanges are written
 * there as recordings the build replays. See
 * {@code sandbox/tools/compare-with-mautic.sh}.
 */
@EnabledIfSystemProperty(named = "fidelity.mautic-url", matches = ".+")
class MauticComparisonIT {

	private static final Logger logger = LoggerFactory.getLogger(MauticComparisonIT.class);

	@Test
	void sandboxAnswersWithMauticsShape() {
		MauticApiContract contract = MauticApiContract.load();
		List<Scenario> scenarios = Scenario
			.loadAll(Path.of(System.getProperty("fidelity.scenarios", "src/test/resources/fidelity/scenarios")));
		String only = System.getProperty("fidelity.only", "");
		String record = System.getProperty("fidelity.record", "");
		String run = Long.toString(System.currentTimeMillis() / 1000 % 100000, 36);
		Target mautic = new Target("mautic", System.getProperty("fidelity.mautic-url"),
				System.getProperty("fidelity.mautic-credentials", "admin:Admin12345!"),
				() -> shell(System.getProperty("fidelity.mautic-segment-rebuild", "")));
		ComparisonReport report = new ComparisonReport(contract);
		try (SandboxServer server = SandboxServer.start(0,
				Map.of("sandbox.seed", "empty", "sandbox.segment-rebuild", "manual"))) {
			ScenarioRunner onMautic = new ScenarioRunner(mautic, run);
			ScenarioRunner onSandbox = new ScenarioRunner(Target.sandbox(server.baseUrl(), server.basicCredentials()),
					run);
			int position = 0;
			for (Scenario scenario : scenarios) {
				if (!scenario.name().contains(only)) {
					continue;
				}
				List<Exchange> expected = onMautic.run(scenario);
				List<Exchange> actual = onSandbox.run(scenario);
				for (int i = 0; i < expected.size(); i++) {
					report.add(scenario.name(), expected.get(i), actual.get(i),
							ExchangeComparison.differences(expected.get(i), actual.get(i)), null);
				}
				if (!record.isEmpty()) {
					new RecordedScenario(scenario, run, expected).write(Path.of(record), ++position, contract);
				}
			}
		}
		report.write(Path.of("target/fidelity"), "comparison");
		logger.info("Held-out comparison with [{}]: {}", mautic.baseUrl(), report.summary());
		assertThat(100.0 * report.same() / Math.max(1, report.total()))
			.as(report.summary() + " (see target/fidelity/comparison.txt)")
			.isGreaterThanOrEqualTo(Double.parseDouble(System.getProperty("fidelity.min-share", "0")));
	}

	/**
	 * Runs Mautic's segment rebuild job with the command given, e.g.
	 * {@code php bin/console mautic:segments:update}.
	 */
	private static void shell(String command) {
		if (command.isBlank()) {
			throw new IllegalStateException("A scenario rebuilds segments: set -Dfidelity.mautic-segment-rebuild");
		}
		try {
			Process process = new ProcessBuilder("sh", "-c", command).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("[" + command + "] exited with " + process.exitValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
