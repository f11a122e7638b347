package org.mauticapi.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.mauticapi.sandbox.config.SandboxProperties;

/**
 * The sandbox started in-process, for the demo gateway (its embedded Mautic) and for
 * tests: {@code SandboxServer.start(0)} binds a free loopback port, {@link #baseUrl()}
 * says where, {@link #close()} stops it.
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
		return new SandboxServer(SandboxApplication.application().run(arguments(port, properties)));
	}

	/**
	 * Starts a sandbox on loopback inside another Spring Boot application (the gateway),
	 * leaving the host's logging as the host set it up: a second application would
	 * otherwise re-initialise the shared logging system.
	 * @param port the port, or 0 for a free one
	 * @param properties further properties, e.g. {@code sandbox.seed=empty}
	 * @return the running sandbox
	 */
	public static SandboxServer startEmbedded(int port, Map<String, Object> properties) {
		SpringApplication application = SandboxApplication.application();
		application.setListeners(application.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		Map<String, Object> settings = new LinkedHashMap<>(properties);
		// The host serves its own actuator; the sandbox's would only be a second,
		// unannounced one.
		settings.putIfAbsent("management.server.port", -1);
		settings.putIfAbsent("spring.main.banner-mode", "off");
		return new SandboxServer(application.run(arguments(port, settings)));
	}

	private static String[] arguments(int port, Map<String, Object> properties) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("server.port", port);
		settings.put("server.address", "127.0.0.1");
		settings.putAll(properties);
		// As command-line arguments, so that they win over mautic-sandbox.properties
		// (which sets port 8089).
		return settings.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
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
	 * Where the sandbox listens, without the {@code /api} root: e.g.
	 * {@code http://127.0.0.1:41234}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * The HTTP Basic pair the sandbox accepts ({@code sandbox.username} /
	 * {@code sandbox.password}).
	 * @return {@code user:password}
	 */
	public String basicCredentials() {
		SandboxProperties properties = this.context.getBean(SandboxProperties.class);
		return properties.username() + ":" + properties.password();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
