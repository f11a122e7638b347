package org.mauticapi.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A process the harness started: its output goes to a log file (never to a pipe nobody
 * drains), and it is stopped, with every process it started in turn, when the harness
 * closes it, fails, or is interrupted (Ctrl-C).
 */
public final class ManagedProcess implements AutoCloseable {

	private static final Set<ManagedProcess> RUNNING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> RUNNING.forEach(ManagedProcess::close), "bench-process-reaper"));
	}

	private final String name;

	private final Process process;

	private final Path log;

	private ManagedProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a process.
	 * @param name what it is, for messages
	 * @param command the command line
	 * @param log the file its standard output and error go to
	 * @return the running process
	 */
	public static ManagedProcess start(String name, List<String> command, Path log) {
		return start(name, command, null, log);
	}

	/**
	 * Starts a process with an environment of its own.
	 * @param name what it is, for messages
	 * @param command the command line
	 * @param environment its whole environment, or null for the harness's
	 * @param log the file its standard output and error go to
	 * @return the running process
	 */
	public static ManagedProcess start(String name, List<String> command, @Nullable Map<String, String> environment,
			Path log) {
		try {
			Files.createDirectories(log.toAbsolutePath().getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
			if (environment != null) {
				builder.environment().clear();
				builder.environment().putAll(environment);
			}
			Process process = builder.start();
			ManagedProcess managed = new ManagedProcess(name, process, log);
			RUNNING.add(managed);
			return managed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), ex);
		}
	}

	/**
	 * The command line of a JVM like the one running the harness.
	 * @param arguments what follows {@code java}
	 * @return the command
	 */
	public static List<String> java(List<String> arguments) {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		return command;
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public Path log() {
		return this.log;
	}

	/**
	 * The process's resident memory now.
	 * @return VmRSS in kB, or -1 when it cannot be read (process gone, no {@code /proc})
	 */
	public long residentKb() {
		return ResidentMemory.kilobytes(pid());
	}

	/**
	 * Whether the process has a file mapped into its memory now: a class data sharing
	 * archive the JVM accepted, for one (a JVM that rejects it does not keep it mapped).
	 * @param file the file
	 * @return whether {@code /proc/<pid>/maps} names it; false when that cannot be read
	 */
	public boolean maps(Path file) {
		String name = file.toAbsolutePath().normalize().toString();
		try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid()), "maps"))) {
			return lines.anyMatch((line) -> line.endsWith(" " + name));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/**
	 * The CPU time the process and the processes it started (a Node server's workers)
	 * have used so far, all their threads together.
	 * @return milliseconds of user and system time, or -1 when the system does not tell
	 */
	public double cpuMillis() {
		double own = this.process.info().totalCpuDuration().map((cpu) -> cpu.toNanos() / 1e6).orElse(-1.0);
		if (own < 0) {
			return own;
		}
		return own + this.process.descendants()
			.mapToDouble((child) -> child.info().totalCpuDuration().map((cpu) -> cpu.toNanos() / 1e6).orElse(0.0))
			.sum();
	}

	/**
	 * Waits for the process to end by itself.
	 * @param seconds how long to wait
	 * @return its exit code, or -1 if it still runs
	 */
	public int waitFor(long seconds) {
		try {
			return this.process.waitFor(seconds, TimeUnit.SECONDS) ? this.process.exitValue() : -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/**
	 * Stops the process and its descendants: politely first (SIGTERM, so that a JVM shuts
	 * down gracefully), then forcibly after ten seconds.
	 */
	@Override
	public void close() {
		RUNNING.remove(this);
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		descendants.forEach(ProcessHandle::destroy);
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	@Override
	public String toString() {
		return this.name + " (pid " + pid() + ", log " + this.log + ")";
	}

}
