package org.mauticapi.sandbox.fidelity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.sandbox.SandboxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the scenarios recorded from a real Mautic 5.1.0 by {@link MauticComparisonIT}
 * (in {@code api-spec}'s test resources, {@code recordings/5.1.0-scenarios}), in order,
 * against one fresh empty sandbox: each step's request is filled in from the sandbox's
 * own earlier answers, and each answer must have the shape Mautic's had (status, keys in
 * Mautic's order, value types and nulls, list lengths). The held-out comparison without a
 * real Mautic; {@code target/fidelity/scenario-replay.txt} has the result per exchange.
 */
class RecordedScenariosReplayIT {

	private static final Logger logger = LoggerFactory.getLogger(RecordedScenariosReplayIT.class);

	private static final Path RECORDINGS = Path.of("../api-spec/src/test/resources/recordings/5.1.0-scenarios");

	/** Exchanges whose shape depends on what the recording could not fix, and why. */
	private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

	private static SandboxServer sandbox;

	private static final Map<String, ScenarioRunner> runners = new java.util.HashMap<>();

	private static final ComparisonReport report = new ComparisonReport(MauticApiContract.load());

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxServer.start(0, Map.of("sandbox.seed", "empty", "sandbox.segment-rebuild", "manual"));
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
		report.write(Path.of("target/fidelity"), "scenario-replay");
		// The build's own held-out figure: printed so that it shows in the build log, not
		// only in target/.
		logger.info("Replay of the scenarios recorded from Mautic 5.1.0: {}", report.summary());
	}

	@TestFactory
	Stream<DynamicTest> everyRecordedScenarioHasMauticsShape() {
		List<RecordedScenario> scenarios = RecordedScenario.readAll(RECORDINGS);
		assertThat(scenarios).as("recorded scenarios in %s", RECORDINGS).isNotEmpty();
		return scenarios.stream().map((recorded) -> DynamicTest.dynamicTest(recorded.scenario().name(), () -> {
			// The recording's own run token, so that aliases and addresses made from it
			// come out the same.
			ScenarioRunner runner = runners.computeIfAbsent(recorded.run(),
					(run) -> new ScenarioRunner(Target.sandbox(sandbox.baseUrl(), sandbox.basicCredentials()), run));
			List<Exchange> replayed = runner.run(recorded.scenario());
			for (int i = 0; i < replayed.size(); i++) {
				Exchange mautic = recorded.exchanges().get(i);
				List<String> differences = ExchangeComparison.differences(mautic, replayed.get(i));
				String key = recorded.scenario().name() + "#" + i;
				report.add(recorded.scenario().name(), mautic, replayed.get(i), differences,
						KNOWN_DIFFERENCES.get(key));
				if (!KNOWN_DIFFERENCES.containsKey(key) && mautic.request() != null) {
					assertThat(differences)
						.as("%s step %d: %s %s", recorded.scenario().name(), i, mautic.request().method(),
								mautic.request().path())
						.isEmpty();
				}
			}
		}));
	}

}
