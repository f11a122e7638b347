package org.mauticapi.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox started in-process, for the gateway and for tests: {@code SandboxServer.start(0)} binds a free
 * loopback port, {@link #baseUrl()} says where, {@link #close()} stops it.
 */
public final class SandboxServer implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SandboxServer(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a sandbox on loopback.
	 * @param port the port, or 0 for a free one
	 * @param properties further properties, e.g. {@code sandbox.seed=empty}
	 * @return the running sandbox
	 */
	public static SandboxServer start(int port, Map<String, Object> properties) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("server.port", port);
		settings.put("server.address", "127.0.0.1");
		settings.putAll(properties);
		// As command-line arguments, so that they win over application.properties (which sets port 8089).
		String[] arguments = settings.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SandboxServer(new SpringApplication(SandboxApplication.class).run(arguments));
	}

	/**
	 * Starts a sandbox on loopback with the default demo data.
	 * @param port the port, or 0 for a free one
	 * @return the running sandbox
	 */
	public static SandboxServer start(int port) {
		return start(port, Map.of());
	}

	/**
	 * Where the sandbox listens, without the {@code /api} root: e.g. {@code http://127.0.0.1:41234}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
