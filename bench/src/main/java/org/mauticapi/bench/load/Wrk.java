package org.mauticapi.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Drives load at saturation with wrk (Debian's {@code wrk} package): a fixed number of
 * connections, each sending its next request as soon as the previous one is answered, for
 * a fixed time.
 */
public final class Wrk {

	private final Path workDirectory;

	private final int threads;

	private final int connections;

	private final Path script;

	/**
	 * A wrk with fixed settings, so that direct and gateway runs are driven alike.
	 * @param workDirectory where the script, bodies and outputs go
	 * @param threads wrk's threads ({@code -t})
	 * @param connections open connections ({@code -c})
	 */
	public Wrk(Path workDirectory, int threads, int connections) {
		this.workDirectory = workDirectory;
		this.threads = threads;
		this.connections = connections;
		this.script = copyScript(workDirectory);
	}

	public int threads() {
		return this.threads;
	}

	public int connections() {
		return this.connections;
	}

	/**
	 * wrk's version line, if wrk is installed.
	 * @return e.g. {@code wrk 4.1.0 [epoll]}
	 */
	public static Optional<String> version() {
		try {
			Process process = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(5, TimeUnit.SECONDS);
			return output.lines().filter((line) -> line.startsWith("wrk ")).findFirst().map((line) -> {
				int copyright = line.indexOf(" Copyright");
				return (copyright != -1) ? line.substring(0, copyright) : line;
			});
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * Runs wrk once.
	 * @param label a file-name-safe name for the run's output file
	 * @param url the URL
	 * @param duration how long
	 * @param headers request headers
	 * @param postBody a body to POST, or null to GET
	 * @return the figures
	 */
	public WrkResult run(String label, URI url, Duration duration, Map<String, String> headers,
			@Nullable String postBody) {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + this.threads, "-c" + this.connections,
				"-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "10s", "--latency", "-s",
				this.script.toString()));
		headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
		command.add(url.toString());
		if (postBody != null) {
			Path body = write(this.workDirectory.resolve(label + ".body"), postBody);
			command.addAll(List.of("--", body.toString()));
		}
		Path output = this.workDirectory.resolve(label + ".wrk.txt");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("wrk did not finish; see " + output);
			}
			return WrkResult.parse(Files.readString(output));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run wrk", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while wrk ran", ex);
		}
	}

	private static Path copyScript(Path directory) {
		try (InputStream in = Wrk.class.getResourceAsStream("/wrk/bench.lua")) {
			if (in == null) {
				throw new IllegalStateException("No wrk/bench.lua in the jar");
			}
			Files.createDirectories(directory);
			Path script = directory.resolve("bench.lua");
			Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
			return script;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path write(Path file, String text) {
		try {
			return Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
