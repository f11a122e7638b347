package org.mauticapi.bench.process;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GatewayLauncher}: the gateway runs as the README says, with only the
 * options the report names.
 */
class GatewayLauncherTests {

	private static final Path REPOSITORY = Path.of("/work/project");

	private static final Path JDK = Path.of("/opt/jdk-17");

	@Test
	void runsTheReadmesLauncherOnLoopbackInFrontOfTheUpstreamThenTheSettingsAskedFor() {
		GatewayLauncher launcher = new GatewayLauncher(REPOSITORY, JDK, List.of(),
				List.of("--mautic.graphql.max-concurrent-lookups=100"));

		List<String> command = launcher.command(8123, URI.create("http://127.0.0.1:9000"));

		assertThat(command).containsExactly("/work/project/bin/mautic-gateway", "--server.port=8123",
				"--server.address=127.0.0.1", "--mautic.base-url=http://127.0.0.1:9000",
				"--logging.level.org.mauticapi.gateway.access=off", "--mautic.graphql.max-concurrent-lookups=100");
	}

	@Test
	void leavesTheBaseUrlOutForTheEmbeddedSandbox() {
		GatewayLauncher launcher = new GatewayLauncher(REPOSITORY, JDK, List.of(), List.of());

		List<String> command = launcher.command(8123, null);

		assertThat(command).noneMatch((argument) -> argument.startsWith("--mautic.base-url"));
	}

	@Test
	void passesTheJvmOptionsAskedForThroughJavaOptsAndNothingTheHarnessInherited() {
		GatewayLauncher launcher = new GatewayLauncher(REPOSITORY, JDK, List.of("-Xmx320m", "-Xlog:gc"), List.of());
		Map<String, String> inherited = Map.of("PATH", "/usr/bin", "HOME", "/root", "JAVA_OPTS", "-Xmx8g",
				"JAVA_TOOL_OPTIONS", "-Xint", "MAUTIC_BASE_URL", "https://mautic.example.com", "SERVER_PORT", "80");

		Map<String, String> environment = launcher.environment(inherited);

		assertThat(environment).containsEntry("JAVA_OPTS", "-Xmx320m -Xlog:gc")
			.containsEntry("HOME", "/root")
			.containsEntry("PATH", "/opt/jdk-17/bin:/usr/bin")
			.doesNotContainKeys("JAVA_TOOL_OPTIONS", "MAUTIC_BASE_URL", "SERVER_PORT");
	}

	@Test
	void setsNoJavaOptsWithoutJvmOptions() {
		GatewayLauncher launcher = new GatewayLauncher(REPOSITORY, JDK, List.of(), List.of());

		Map<String, String> environment = launcher.environment(Map.of("JAVA_OPTS", "-Xmx8g"));

		assertThat(environment).doesNotContainKey("JAVA_OPTS").containsEntry("PATH", "/opt/jdk-17/bin");
	}

	@Test
	void saysHowToBuildWhatIsMissing(@TempDir Path repository) {
		GatewayLauncher launcher = new GatewayLauncher(repository, JDK, List.of(), List.of());

		assertThat(launcher.missing()).hasValueSatisfying(
				(message) -> assertThat(message).contains(repository.resolve("bin/mautic-gateway").toString())
					.contains("./mvnw -B -q -pl demo,sandbox,bench -am package -DskipTests"));
	}

	@Test
	void readsTheLaunchersJvmOptionsWithoutComments(@TempDir Path repository) throws Exception {
		Path app = Files.createDirectories(repository.resolve("demo/target/app"));
		Files.writeString(app.resolve("jvm.options"), """
				# Bounded memory.
				-XX:+UseSerialGC

				-Xmx224m
				""");
		GatewayLauncher launcher = new GatewayLauncher(repository, JDK, List.of(), List.of());

		List<String> options = launcher.launcherJvmOptions();

		assertThat(options).containsExactly("-XX:+UseSerialGC", "-Xmx224m");
	}

}
