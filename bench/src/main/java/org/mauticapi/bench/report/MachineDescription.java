package org.mauticapi.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine a run measured on, so that figures are never read without it.
 *
 * @param cpu the CPU model
 * @param cores the cores the JVM sees
 * @param memoryMb the machine's memory
 * @param os the operating system
 * @param jdk the JDK that runs the gateway (the harness's own)
 * @param wrk wrk's version
 * @param nginx nginx's version and where it is ({@code nginx 1.22.1 (/usr/sbin/nginx)}),
 * or {@code no nginx}
 * @param commit the git commit measured, with {@code -dirty} when the work tree had
 * changes
 */
public record MachineDescription(String cpu, int cores, long memoryMb, String os, String jdk, String wrk, String nginx,
		String commit) {

	/**
	 * Describes this machine.
	 * @param repository the project's work tree, for the commit
	 * @param wrk wrk's version line
	 * @param nginx nginx's version and path, or {@code no nginx}
	 * @return the description
	 */
	public static MachineDescription detect(Path repository, String wrk, String nginx) {
		return new MachineDescription(detectCpu(), Runtime.getRuntime().availableProcessors(), detectMemoryMb(),
				detectOs(), detectJdk(), wrk, nginx, commit(repository));
	}

	/**
	 * One line for the report.
	 * @return e.g.
	 * {@code 2 cores (Intel Xeon ...), 24 GB, Debian 12, OpenJDK 17.0.15, wrk 4.1.0}
	 */
	public String summary() {
		return this.cores + " cores (" + this.cpu + "), " + Math.round(this.memoryMb / 1024.0) + " GB memory, "
				+ this.os + ", " + this.jdk + ", " + this.wrk + ", " + this.nginx + ", commit " + this.commit;
	}

	private static String detectCpu() {
		return lines(Path.of("/proc/cpuinfo")).stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse(System.getProperty("os.arch"));
	}

	private static long detectMemoryMb() {
		return lines(Path.of("/proc/meminfo")).stream()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

	private static String detectOs() {
		String name = lines(Path.of("/etc/os-release")).stream()
			.filter((line) -> line.startsWith("PRETTY_NAME="))
			.map((line) -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
			.findFirst()
			.orElse(System.getProperty("os.name"));
		return name + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")";
	}

	private static String detectJdk() {
		return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
	}

	private static String commit(Path repository) {
		String head = git(repository, "rev-parse", "--short=12", "HEAD");
		if (head.isEmpty()) {
			return "unknown";
		}
		return git(repository, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
	}

	private static String git(Path repository, String... arguments) {
		try {
			List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
			command.addAll(List.of(arguments));
			Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) ? output : "";
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
