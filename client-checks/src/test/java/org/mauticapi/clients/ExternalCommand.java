package org.mauticapi.clients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program to completion within a time limit, with standard output and error
 * merged; a program that overruns is stopped, with every process it started, by their
 * ids.
 */
final class ExternalCommand {

	private ExternalCommand() {
	}

	static CommandResult run(List<String> command, Path directory, Map<String, String> environment, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		Thread reader = new Thread(() -> copy(process.getInputStream(), output), "output of " + command.get(0));
		reader.setDaemon(true);
		reader.start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				stop(process);
				reader.join(Duration.ofSeconds(5).toMillis());
				throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout
						+ "; it printed:\n" + output.toString(StandardCharsets.UTF_8));
			}
			reader.join(Duration.ofSeconds(5).toMillis());
		}
		catch (InterruptedException ex) {
			stop(process);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while " + command.get(0) + " ran", ex);
		}
		return new CommandResult(command, process.exitValue(), output.toString(StandardCharsets.UTF_8));
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		try (in) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stop(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

}
