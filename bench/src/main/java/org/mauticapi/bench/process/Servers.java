package org.mauticapi.bench.process;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Starts the servers of a run, each as its own JVM on a free loopback port, and waits until each is ready.
 */
public final class Servers {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Path benchJar;

	private final Path gatewayJar;

	private final Path sandboxJar;

	private final Path logs;

	private int started;

	/**
	 * Servers from the built jars.
	 * @param benchJar the harness's jar (the fixed-latency upstream is in it)
	 * @param gatewayJar the gateway's runnable jar
	 * @param sandboxJar the sandbox's runnable jar
	 * @param logs where each server's log goes
	 */
	public Servers(Path benchJar, Path gatewayJar, Path sandboxJar, Path logs) {
		this.benchJar = benchJar;
		this.gatewayJar = gatewayJar;
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
		return start("fixed-latency upstream", port, List.of("-cp", this.benchJar.toString(),
				"org.mauticapi.bench.upstream.FixedLatencyUpstream", "--port=" + port,
				"--delay-ms=" + delay.toMillis()), "/__ready");
	}

	/**
	 * Starts the sandbox with its demo data.
	 * @return the running sandbox
	 */
	public Started sandbox() {
		int port = LoopbackPorts.free();
		return start("sandbox", port, List.of("-jar", this.sandboxJar.toString(), "--server.port=" + port,
				"--server.address=127.0.0.1"), "/api/contacts?limit=1");
	}

	/**
	 * Starts the gateway as a user runs it: {@code java -jar mautic-gateway.jar}.
	 * @param upstream the base URL of its upstream, or null for the embedded demo sandbox
	 * @param jvmArguments JVM options (none: the defaults)
	 * @param arguments further gateway settings
	 * @return the running gateway, ready
	 */
	public Started gateway(@Nullable URI upstream, List<String> jvmArguments, List<String> arguments) {
		int port = LoopbackPorts.free();
		List<String> command = new ArrayList<>(jvmArguments);
		command.addAll(List.of("-jar", this.gatewayJar.toString(), "--server.port=" + port,
				"--server.address=127.0.0.1"));
		if (upstream != null) {
			command.add("--mautic.base-url=" + upstream);
		}
		command.addAll(arguments);
		return start("gateway", port, command, "/actuator/health/readiness");
	}

	private Started start(String name, int port, List<String> arguments, String readyPath) {
		this.started++;
		Path log = this.logs.resolve(this.started + "-" + name.replace(' ', '-') + ".log");
		long startNanos = System.nanoTime();
		ManagedProcess process = ManagedProcess.start(name, ManagedProcess.java(arguments), log);
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
