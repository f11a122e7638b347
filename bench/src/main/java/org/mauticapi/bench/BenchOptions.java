package org.mauticapi.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.process.GatewayLauncher;
import org.mauticapi.bench.upstream.Options;

/**
 * What a run measures and how long, from the command line.
 *
 * @param repository the project's work tree (jars, results and the commit are found from
 * it)
 * @param parts the parts to run ({@link #ALL_PARTS})
 * @param threads wrk's threads
 * @param connections wrk's connections
 * @param warmupMax how long the warm-up at the start may take, until the gateway's CPU
 * time per request settles
 * @param warmup the warm-up before each measured wrk run
 * @param duration each measured wrk run
 * @param openLoop the measured part of each open-loop run
 * @param fanOutRuns how many fan-out queries are timed
 * @param startupRuns how many gateway starts are timed
 * @param afterLoad how long after the loads the gateway's resident memory is read again
 * @param gatewayJvmArguments JVM options added to the launcher's through
 * {@code JAVA_OPTS} (none by default: as the README runs it)
 * @param gatewayArguments further gateway settings (none by default)
 * @param nginx the nginx to compare with: a path, {@code none} to leave it out, or null
 * to look for it
 * @param trial whether the results are marked as a trial, not for quoting
 * @param write whether the results are written to {@code bench/results}
 */
public record BenchOptions(Path repository, Set<String> parts, int threads, int connections, Duration warmupMax,
		Duration warmup, Duration duration, Duration openLoop, int fanOutRuns, int startupRuns, Duration afterLoad,
		List<String> gatewayJvmArguments, List<String> gatewayArguments, @Nullable String nginx, boolean trial,
		boolean write) {

	/** Every part, in the order they run. */
	public static final List<String> ALL_PARTS = List.of("startup", "rest", "latency", "graphql", "fanout", "sandbox");

	/** Why the capped-heap run is gone, for whoever still asks for it. */
	static final String NO_HEAP_PART = "The heap part and --heap-cap are gone: bin/mautic-gateway bounds the gateway's "
			+ "memory itself (demo/src/main/jvm/jvm.options). To measure other bounds, run the benchmark with "
			+ "--gateway-jvm-options=\"-Xmx320m\" (added through JAVA_OPTS, after the launcher's own).";

	static final String USAGE = """
			Usage: bench/run [options]   (or java -jar bench/target/mautic-bench.jar [options] from the project root)

			  --quick                  short runs (2 s warm-up, 3 s measured), for trying the harness, not for figures
			  --parts=a,b,...          which parts: startup, rest, latency, graphql, fanout, sandbox (default: all)
			  --duration=S             seconds per measured wrk run (default 10)
			  --warmup-max=S           at most this long (default 240) to warm the gateway up at the start, until its CPU time
			                           per request settles (the JIT compiler needs minutes of load on two cores)
			  --warmup=S               seconds of warm-up before each measured wrk run (default 5)
			  --open-loop=S            seconds per measured fixed-rate run (default 15)
			  --threads=N              wrk threads (default 2)
			  --connections=N          wrk connections (default 32)
			  --fanout-runs=N          fan-out queries timed (default 15)
			  --startup-runs=N         gateway starts timed, alone and with the embedded sandbox each (default 3)
			  --after-load=S           seconds after the loads to read the gateway's memory again (default 30)
			  --nginx=PATH|none        the nginx to compare with (default: nginx on the PATH, else /usr/sbin/nginx,
			                           left out when there is none); none leaves it out
			  --gateway-jvm-options=.. JVM options added to bin/mautic-gateway's own through JAVA_OPTS, space-separated
			                           (default: none, as the README runs it)
			  --gateway-settings=..    further gateway settings, space-separated (e.g. --mautic.graphql.max-concurrent-lookups=100)
			  --trial                  mark the results as a trial run, not for quoting
			  --no-write               print the table only; write nothing to bench/results
			  --repository=DIR         the project's root (default: the current directory)
			""";

	/**
	 * Reads the options.
	 * @param args the command line
	 * @return the options
	 * @throws IllegalArgumentException for an unknown or malformed option
	 */
	public static BenchOptions parse(String[] args) {
		Map<String, String> given = Options.parse(args);
		Set<String> known = Set.of("quick", "parts", "duration", "warmup-max", "warmup", "open-loop", "threads",
				"connections", "fanout-runs", "startup-runs", "after-load", "nginx", "gateway-jvm-options",
				"gateway-settings", "trial", "no-write", "repository", "help");
		for (String name : given.keySet()) {
			if (name.equals("heap-cap")) {
				throw new IllegalArgumentException(NO_HEAP_PART);
			}
			if (!known.contains(name)) {
				throw new IllegalArgumentException("Unknown option --" + name);
			}
		}
		boolean quick = given.containsKey("quick");
		Set<String> parts = new LinkedHashSet<>(ALL_PARTS);
		if (given.containsKey("parts")) {
			List<String> asked = Arrays.asList(given.get("parts").split(","));
			if (asked.contains("heap")) {
				throw new IllegalArgumentException(NO_HEAP_PART);
			}
			asked.stream().filter((part) -> !ALL_PARTS.contains(part)).findFirst().ifPresent((part) -> {
				throw new IllegalArgumentException("Unknown part " + part + "; the parts are " + ALL_PARTS);
			});
			parts.retainAll(asked);
		}
		else if (quick) {
			parts.remove("sandbox");
		}
		return new BenchOptions(Path.of(given.getOrDefault("repository", ".")).toAbsolutePath().normalize(), parts,
				integer(given, "threads", 2), integer(given, "connections", 32),
				seconds(given, "warmup-max", quick ? 20 : 240), seconds(given, "warmup", quick ? 2 : 5),
				seconds(given, "duration", quick ? 3 : 10), seconds(given, "open-loop", quick ? 5 : 15),
				integer(given, "fanout-runs", quick ? 5 : 15), integer(given, "startup-runs", quick ? 1 : 3),
				seconds(given, "after-load", quick ? 10 : 30), words(given.get("gateway-jvm-options")),
				words(given.get("gateway-settings")), given.get("nginx"), given.containsKey("trial") || quick,
				!given.containsKey("no-write"));
	}

	/**
	 * How the gateway is started: {@code bin/mautic-gateway}, on the JDK that runs the
	 * harness.
	 * @return the launcher
	 */
	public GatewayLauncher launcher() {
		return new GatewayLauncher(this.repository, Path.of(System.getProperty("java.home")), this.gatewayJvmArguments,
				this.gatewayArguments);
	}

	public Path sandboxJar() {
		return this.repository.resolve("sandbox/target/mautic-sandbox.jar");
	}

	public Path results() {
		return this.repository.resolve("bench/results");
	}

	public Path work() {
		return this.repository.resolve("bench/target/run");
	}

	/**
	 * The harness's own jar, which holds the fixed-latency upstream.
	 * @return the jar this class was loaded from
	 */
	public Path benchJar() {
		try {
			return Path.of(BenchOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int integer(Map<String, String> given, String name, int fallback) {
		try {
			return Integer.parseInt(given.getOrDefault(name, Integer.toString(fallback)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number", ex);
		}
	}

	private static Duration seconds(Map<String, String> given, String name, int fallback) {
		return Duration.ofSeconds(integer(given, name, fallback));
	}

	private static List<String> words(String text) {
		return (text == null || text.isBlank()) ? List.of() : List.of(text.trim().split("\\s+"));
	}

}
