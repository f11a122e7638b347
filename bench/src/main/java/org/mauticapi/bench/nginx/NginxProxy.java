package org.mauticapi.bench.nginx;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.process.LoopbackPorts;
import org.mauticapi.bench.process.ManagedProcess;
import org.mauticapi.bench.process.Readiness;
import org.mauticapi.bench.process.Servers.Started;

/**
 * Starts nginx as a plain reverse proxy in front of an upstream: the master in the
 * foreground (so that the harness holds its pid, and its workers are its children, whose
 * CPU time is counted with it), with the configuration of {@link NginxConfig} written
 * under the run's directory.
 */
public final class NginxProxy {

	private NginxProxy() {
	}

	/**
	 * Writes the configuration and starts nginx on a free loopback port.
	 * @param nginx the executable
	 * @param directory where its configuration, pid and temporary files go
	 * @param upstream the upstream's base URL
	 * @param log where its output (and error log) goes
	 * @return the running proxy, once it answers the upstream's readiness URL through
	 * itself
	 */
	public static Started start(NginxBinary nginx, Path directory, URI upstream, Path log) {
		int port = LoopbackPorts.free();
		NginxConfig config = new NginxConfig(directory, port, upstream, startedAsRoot() ? userName() : null);
		config.write();
		List<String> command = new ArrayList<>(
				List.of(nginx.path().toString(), "-p", config.directory() + "/", "-c", config.file().toString()));
		if (nginx.takesErrorLogOption()) {
			command.addAll(List.of("-e", "stderr"));
		}
		long started = System.nanoTime();
		ManagedProcess process = ManagedProcess.start("nginx", command, log);
		try {
			URI baseUrl = URI.create("http://127.0.0.1:" + port);
			double millis = Readiness.await(process, baseUrl.resolve("/__ready"), started, Duration.ofSeconds(30));
			return new Started(process, baseUrl, millis);
		}
		catch (RuntimeException ex) {
			process.close();
			throw ex;
		}
	}

	// The effective user id, from the kernel's own account of this process (Uid: real,
	// effective, saved, fs).
	private static boolean startedAsRoot() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter((line) -> line.startsWith("Uid:"))
				.map((line) -> line.substring(4).trim().split("\\s+"))
				.anyMatch((ids) -> ids.length > 1 && ids[1].equals("0"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static @Nullable String userName() {
		return System.getProperty("user.name");
	}

}
