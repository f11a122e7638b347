package org.mauticapi.gateway.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.GatewayApplication;
import org.mauticapi.sandbox.SandboxServer;

/**
 * A gateway started for a test on a free loopback port, with the given
 * {@code --name=value} settings; closed by the test, with the sandbox it was started in
 * front of, if any.
 */
public final class RunningGateway implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final @Nullable SandboxServer sandbox;

	private RunningGateway(ConfigurableApplicationContext context, @Nullable SandboxServer sandbox) {
		this.context = context;
		this.sandbox = sandbox;
	}

	/**
	 * Starts a gateway.
	 * @param settings settings such as {@code mautic.base-url=http://127.0.0.1:1234},
	 * without the leading dashes
	 * @return the running gateway
	 */
	public static RunningGateway start(String... settings) {
		return new RunningGateway(run(settings), null);
	}

	/**
	 * Starts a sandbox with its demo data (user {@code admin}, password {@code mautic})
	 * and a gateway in front of it.
	 * @param settings further settings of the gateway, without the leading dashes
	 * @return the running gateway
	 */
	public static RunningGateway onSandbox(String... settings) {
		SandboxServer sandbox = SandboxServer.startEmbedded(0, Map.of("sandbox.seed", "demo"));
		try {
			List<String> all = new ArrayList<>(List.of("mautic.base-url=" + sandbox.baseUrl()));
			all.addAll(List.of(settings));
			return new RunningGateway(run(all.toArray(String[]::new)), sandbox);
		}
		catch (RuntimeException ex) {
			sandbox.close();
			throw ex;
		}
	}

	private static ConfigurableApplicationContext run(String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
		for (String setting : settings) {
			arguments.add("--" + setting);
		}
		return SpringApplication.run(GatewayApplication.class, arguments.toArray(String[]::new));
	}

	/**
	 * Where the sandbox behind this gateway listens.
	 * @return its base URL, without {@code /api}
	 */
	public String sandboxUrl() {
		if (this.sandbox == null) {
			throw new IllegalStateException("This gateway was not started on a sandbox (RunningGateway.onSandbox)");
		}
		return this.sandbox.baseUrl();
	}

	public String url() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl(url())
			.responseTimeout(Duration.ofSeconds(30))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		try {
			this.context.close();
		}
		finally {
			if (this.sandbox != null) {
				this.sandbox.close();
			}
		}
	}

}
