package org.mauticapi.conformance.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.SandboxServer;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.conformance.http.Credentials;
import org.mauticapi.conformance.report.OperationStatus;
import org.mauticapi.conformance.report.RunResult;
import org.mauticapi.conformance.support.TargetCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole kit against the embedded sandbox, writes included: every scenario passes, all
 * 43 documented operations are exercised, and the sandbox holds the same contacts and
 * segments afterwards.
 */
class SandboxConformanceIT {

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SandboxServer.start(0, Map.of("sandbox.seed", "demo"));
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void sandboxPassesEveryScenarioWithEveryOperationExercisedAndKeepsItsData() {
		ConformanceConfig config = ConformanceConfig.allScenarios(URI.create(sandbox.baseUrl()),
				new Credentials.Basic("admin", "mautic"), Path.of("target/conformance-reports/sandbox"));
		TargetCounts before = TargetCounts.of(sandbox.baseUrl());
		ByteArrayOutputStream console = new ByteArrayOutputStream();

		RunResult result = new ConformanceRunner(new PrintStream(console, true, StandardCharsets.UTF_8)).run(config);

		assertThat(result.coverage().operations()).as(console.toString(StandardCharsets.UTF_8))
			.hasSameSizeAs(MauticApiContract.load().operations())
			.allSatisfy((operation) -> assertThat(operation.status())
				.as(operation.method() + " " + operation.path() + ": " + operation.reason())
				.isEqualTo(OperationStatus.PASSED));
		assertThat(result.scenarios().failed()).isZero();
		assertThat(result.scenarios().skipped()).isZero();
		assertThat(result.residue()).isEmpty();
		assertThat(result.exitCode()).isZero();
		assertThat(TargetCounts.of(sandbox.baseUrl())).isEqualTo(before);
	}

}
