package org.mauticapi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.mauticapi.bench.process.LoopbackPorts;
import org.mauticapi.bench.process.ManagedProcess;
import org.mauticapi.bench.process.Readiness;
import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.contract.MauticApiContract;

/**
 * Hive Gateway serving GraphQL Mesh composed from the project's own spec, in front of the
 * same upstream as the gateway: the comparison column of the GraphQL figures. It is
 * installed from {@code bench/hive} (npm, pinned by its lock file) into
 * {@code bench/target/hive}, composed against the upstream's URL, and started with one
 * worker per core, as Hive Gateway runs in production. Without Node 20 and npm it is left
 * out, saying so.
 */
final class HiveGateway {

	private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

	private HiveGateway() {
	}

	/**
	 * Installs, composes and starts Hive Gateway.
	 * @param repository the project's root
	 * @param upstream the upstream's base URL
	 * @param logs where its logs go
	 * @return the running Hive Gateway, or empty when Node or npm is missing or it could
	 * not start (said why)
	 */
	static Optional<Started> start(Path repository, URI upstream, Path logs) {
		Path work = repository.resolve("bench/target/hive");
		try {
			String version = run(List.of("node", "--version"), work, Map.of(), logs.resolve("hive-node.log"),
					Duration.ofSeconds(30))
				.strip();
			if (Integer.parseInt(version.replaceAll("^v(\\d+)\\..*", "$1")) < 20) {
				Console.detail("Hive Gateway", "left out: it needs Node 20 or later, and found " + version);
				return Optional.empty();
			}
			install(repository, work, logs);
			run(List.of(npx(), "mesh-compose", "-o", "supergraph.graphql"), work,
					Map.of("MAUTIC_URL", upstream.toString()), logs.resolve("hive-compose.log"), Duration.ofMinutes(5));
			int port = LoopbackPorts.free();
			int workers = Runtime.getRuntime().availableProcessors();
			Path bin = work.resolve("node_modules/.bin/hive-gateway").toRealPath();
			long started = System.nanoTime();
			ManagedProcess process = ManagedProcess.start("hive gateway",
					List.of("node", bin.toString(), "supergraph", work.resolve("supergraph.graphql").toString(),
							"--host", "127.0.0.1", "--port", Integer.toString(port), "--fork",
							Integer.toString(workers)),
					logs.resolve("hive-gateway.log"));
			URI baseUrl = URI.create("http://127.0.0.1:" + port);
			double millis = Readiness.await(process, baseUrl.resolve("/healthcheck"), started, Duration.ofMinutes(2));
			return Optional.of(new Started(process, baseUrl, millis));
		}
		catch (IllegalStateException | UncheckedIOException | IOException ex) {
			Console.detail("Hive Gateway", "left out: " + ex.getMessage()
					+ " (it needs Node 20 or later and npm with the npm registry or its cache; logs in " + logs + ")");
			return Optional.empty();
		}
	}

	// npm ci of the pinned packages, once: the installed tree stays in bench/target/hive
	// for the next run.
	private static void install(Path repository, Path work, Path logs) throws IOException {
		Files.createDirectories(work);
		for (String file : List.of("package.json", "package-lock.json", "mesh.config.ts")) {
			Files.copy(repository.resolve("bench/hive").resolve(file), work.resolve(file),
					StandardCopyOption.REPLACE_EXISTING);
		}
		HiveReadableSpec readable = HiveReadableSpec.of(MauticApiContract.load().document());
		Files.writeString(work.resolve("mautic-api.yaml"), readable.json());
		if (readable.inlined() > 0) {
			Console.detail("Hive Gateway", "given the spec with " + readable.inlined()
					+ " array-level allOf item types made the arrays' items, which its OpenAPI loader cannot read");
		}
		if (!Files.exists(work.resolve("node_modules/.bin/hive-gateway"))) {
			Console.detail("Hive Gateway", "installing (npm ci in " + work + ")");
			run(List.of(npm(), "ci", "--no-audit", "--no-fund"), work, Map.of(), logs.resolve("hive-npm.log"),
					INSTALL_TIMEOUT);
		}
	}

	private static String run(List<String> command, Path directory, Map<String, String> environment, Path log,
			Duration timeout) {
		try {
			Files.createDirectories(directory);
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(
						String.join(" ", command) + " took longer than " + timeout.toSeconds() + " s");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						String.join(" ", command) + " exited " + process.exitValue() + "; see " + log);
			}
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(String.join(" ", command) + " could not run: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command, ex);
		}
	}

	private static String npm() {
		return "npm";
	}

	private static String npx() {
		return "npx";
	}

}
