package org.mauticapi.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's runnable jar started as its own process, as a user runs it, on a free
 * loopback port: for what a test must see from outside the JVM (its resident memory).
 * Stopped, with its descendants, by {@link #close()}.
 */
public final class GatewayProcess implements AutoCloseable {

	private static final Path JAR = Path.of("target/mautic-gateway.jar");

	private final Process process;

	private final int port;

	private GatewayProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the gateway and waits until it listens.
	 * @param jvmOptions options for {@code java} before {@code -jar}
	 * @param settings gateway settings such as {@code --mautic.base-url=...}
	 * @return the running gateway
	 */
	public static GatewayProcess start(List<String> jvmOptions, String... settings) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(List.of(settings));
		try {
			Path log = Files.createTempFile("gateway-process", ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			GatewayProcess gateway = new GatewayProcess(process, port);
			gateway.awaitListening(Duration.ofMinutes(3), log);
			return gateway;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * @return the process's resident memory in kB (VmRSS), or -1 when /proc does not tell
	 */
	public long residentKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			return -1;
		}
		return -1;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	private void awaitListening(Duration timeout, Path log) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The gateway exited while starting; its log: " + log);
			}
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException ex) {
				sleep(200);
			}
		}
		close();
		throw new IllegalStateException("The gateway did not listen within " + timeout + "; its log: " + log);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

}
