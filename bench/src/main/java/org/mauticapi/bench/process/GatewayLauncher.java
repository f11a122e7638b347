package org.mauticapi.bench.process;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The gateway started as the README runs it: {@code bin/mautic-gateway}, which execs the
 * JVM in its own process (so the pid the harness holds is the gateway's, for its CPU time
 * and memory) with the JVM options of {@code demo/src/main/jvm/jvm.options} and the class
 * data sharing archive made at build time.
 * <p>
 * The harness's own JVM options for it go through {@code JAVA_OPTS}. What the harness's
 * environment could slip in otherwise ({@code MAUTIC_BASE_URL}, {@code SERVER_PORT},
 * {@code JAVA_TOOL_OPTIONS}, ...) is left out, so that what runs is what the report says.
 *
 * @param repository the project's root
 * @param javaHome the JDK the gateway runs on: the harness's own, put first on the
 * launcher's {@code PATH}
 * @param jvmOptions JVM options added through {@code JAVA_OPTS} (none: the launcher's
 * alone)
 * @param settings further gateway settings, after the harness's own
 */
public record GatewayLauncher(Path repository, Path javaHome, List<String> jvmOptions, List<String> settings) {

	/**
	 * Environment variables Spring Boot would bind to the gateway's settings:
	 * {@code MAUTIC_BASE_URL} and the like.
	 */
	private static final List<String> SETTING_PREFIXES = List.of("MAUTIC_", "SPRING_", "SERVER_", "MANAGEMENT_",
			"LOGGING_");

	/** Environment variables the java launcher or the JVM read options from. */
	private static final List<String> JVM_OPTION_VARIABLES = List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS",
			"JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

	public GatewayLauncher {
		jvmOptions = List.copyOf(jvmOptions);
		settings = List.copyOf(settings);
	}

	public Path script() {
		return this.repository.resolve("bin/mautic-gateway");
	}

	/**
	 * Where the build puts what the launcher starts.
	 * @return {@code demo/target/app}
	 */
	public Path app() {
		return this.repository.resolve("demo/target/app");
	}

	/**
	 * The class data sharing archive the build writes (a build with
	 * {@code -Ddemo.cds.skip=true} has none).
	 * @return {@code demo/target/app/mautic-gateway.jsa}
	 */
	public Path archive() {
		return app().resolve("mautic-gateway.jsa");
	}

	/**
	 * What keeps the launcher from running, if anything.
	 * @return the missing file, with how to build it; empty when the gateway can start
	 */
	public Optional<String> missing() {
		for (Path file : List.of(script(), app().resolve("mautic-gateway-demo.jar"), app().resolve("jvm.options"))) {
			if (!Files.isRegularFile(file)) {
				return Optional.of("No " + file + ": build first (bench/run does: ./mvnw -B -q -pl demo,sandbox,bench "
						+ "-am package -DskipTests)");
			}
		}
		return Optional.empty();
	}

	/**
	 * The command line.
	 * @param port the port to listen on (loopback only)
	 * @param upstream the base URL of its Mautic, or null for the embedded demo sandbox
	 * @return {@code bin/mautic-gateway} and its arguments
	 */
	public List<String> command(int port, @Nullable URI upstream) {
		List<String> command = new ArrayList<>(
				List.of(script().toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
		if (upstream != null) {
			command.add("--mautic.base-url=" + upstream);
		}
		// As nginx runs with access_log off: a line written to the console per request
		// costs either of them about
		// 5 % of its processor time.
		// --gateway-settings=--logging.level.org.mauticapi.gateway.access=info puts it
		// back.
		command.add("--logging.level.org.mauticapi.gateway.access=off");
		command.addAll(this.settings);
		return command;
	}

	/**
	 * The launcher's environment: the harness's, without the variables that would change
	 * the gateway's settings or JVM options behind the report's back, with
	 * {@code JAVA_OPTS} set to {@link #jvmOptions()} and this JDK first on the
	 * {@code PATH}.
	 * @param inherited the harness's environment
	 * @return the whole environment
	 */
	public Map<String, String> environment(Map<String, String> inherited) {
		Map<String, String> environment = new TreeMap<>();
		inherited.forEach((name, value) -> {
			if (!JVM_OPTION_VARIABLES.contains(name) && SETTING_PREFIXES.stream().noneMatch(name::startsWith)) {
				environment.put(name, value);
			}
		});
		String path = inherited.get("PATH");
		String bin = this.javaHome.resolve("bin").toString();
		environment.put("PATH", (path == null || path.isEmpty()) ? bin : bin + ":" + path);
		if (!this.jvmOptions.isEmpty()) {
			environment.put("JAVA_OPTS", String.join(" ", this.jvmOptions));
		}
		return environment;
	}

	/**
	 * The JVM options the launcher itself gives (from the built {@code jvm.options}), for
	 * the report.
	 * @return the options, without comments; empty when the file cannot be read
	 */
	public List<String> launcherJvmOptions() {
		try {
			return Files.readAllLines(app().resolve("jvm.options"))
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
