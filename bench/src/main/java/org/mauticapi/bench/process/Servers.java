package org.mauticapi.bench.process;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Starts the servers of a run, each as its own JVM on a free loopback port, and waits
 * until each is ready.
 */
public final class Servers {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Path benchJar;

	private final GatewayLauncher gateway;

	private final Path sandboxJar;

	private final Path logs;

	private int started;

	/**
	 * Servers from the built jars.
	 * @param benchJar the harness's jar (the fixed-latency upstream is in it)
	 * @param gateway how the gateway is started
	 * @param sandboxJar the sandbox's runnable jar
	 * @param logs where each server's log goes
	 */
	public Servers(Path benchJar, GatewayLauncher gateway, Path sandboxJar, Path logs) {
		this.benchJar = benchJar;
		this.gateway = gateway;
		this.sandboxJar = sandboxJar;
		this.logs = logs;
	}

	/**
	 * Starts the fixed-latency upstream.
	 * @param delay its delay
	 * @return the running upstream
	 */
	public Started upstream(Duration delay) {
		int port = LoopbackPorts.free();
		return start("fixed-latency upstream", port,
				List.of("-cp", this.benchJar.toString(), "org.mauticapi.bench.upstream.FixedLatencyUpstream",
						"--port=" + port, "--delay-ms=" + delay.toMillis()),
				"/__ready");
	}

	/**
	 * Starts the sandbox with its demo data.
	 * @return the running sandbox
	 */
	public Started sandbox() {
		int port = LoopbackPorts.free();
		return start("sandbox", port,
				List.of("-jar", this.sandboxJar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"),
				"/api/contacts?limit=1");
	}

	/**
	 * Starts the gateway as the README runs it: {@code bin/mautic-gateway}.
	 * @param upstream the base URL of its upstream, or null for the embedded demo sandbox
	 * @return the running gateway, ready
	 */
	public Started gateway(@Nullable URI upstream) {
		int port = LoopbackPorts.free();
		return start("gateway", port, this.gateway.command(port, upstream), this.gateway.environment(System.getenv()),
				"/actuator/health/readiness");
	}

	private Started start(String name, int port, List<String> javaArguments, String readyPath) {
		return start(name, port, ManagedProcess.java(javaArguments), null, readyPath);
	}

	private Started start(String name, int port, List<String> command, @Nullable Map<String, String> environment,
			String readyPath) {
		this.started++;
		Path log = this.logs.resolve(this.started + "-" + name.replace(' ', '-') + ".log");
		long startNanos = System.nanoTime();
		ManagedProcess process = ManagedProcess.start(name, command, environment, log);
		try {
			URI baseUrl = URI.create("http://127.0.0.1:" + port);
			double millis = Readiness.await(process, baseUrl.resolve(readyPath), startNanos, START_TIMEOUT);
			return new Started(process, baseUrl, millis);
		}
		catch (RuntimeException ex) {
			process.close();
			throw ex;
		}
	}

	/**
	 * A started server.
	 *
	 * @param process its process
	 * @param baseUrl where it listens
	 * @param startupMillis from spawning the JVM to the first 200 of its readiness URL
	 */
	public record Started(ManagedProcess process, URI baseUrl, double startupMillis) implements AutoCloseable {

		@Override
		public void close() {
			this.process.close();
		}

	}

}
