package org.mauticapi.conformance.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.conformance.http.Credentials;
import org.mauticapi.conformance.report.OperationStatus;
import org.mauticapi.conformance.report.RunResult;
import org.mauticapi.conformance.support.TargetCounts;
import org.mauticapi.gateway.GatewayApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole kit against the gateway as a new user starts it, in front of its embedded
 * sandbox: a drop-in for Mautic passes exactly as the sandbox behind it does, and leaves
 * its data as it found it.
 */
class GatewayConformanceIT {

	private static ConfigurableApplicationContext gateway;

	private static String gatewayUrl;

	@BeforeAll
	static void startGateway() {
		gateway = SpringApplication.run(GatewayApplication.class, "--server.port=0", "--server.address=127.0.0.1",
				"--logging.level.org.mauticapi.gateway.access=warn");
		gatewayUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) gateway).getWebServer().getPort();
	}

	@AfterAll
	static void stopGateway() {
		gateway.close();
	}

	@Test
	void gatewayPassesEveryScenarioWithEveryOperationExercisedAndKeepsTheData() {
		ConformanceConfig config = ConformanceConfig.allScenarios(URI.create(gatewayUrl),
				new Credentials.Basic("admin", "mautic"), Path.of("target/conformance-reports/gateway"));
		TargetCounts before = TargetCounts.of(gatewayUrl);
		ByteArrayOutputStream console = new ByteArrayOutputStream();

		RunResult result = new ConformanceRunner(new PrintStream(console, true, StandardCharsets.UTF_8)).run(config);

		assertThat(result.coverage().operations()).as(console.toString(StandardCharsets.UTF_8))
			.hasSameSizeAs(MauticApiContract.load().operations())
			.allSatisfy((operation) -> assertThat(operation.status())
				.as(operation.method() + " " + operation.path() + ": " + operation.reason())
				.isEqualTo(OperationStatus.PASSED));
		assertThat(result.scenarios().failed()).isZero();
		assertThat(result.residue()).isEmpty();
		assertThat(result.exitCode()).isZero();
		assertThat(TargetCounts.of(gatewayUrl)).isEqualTo(before);
	}

}
