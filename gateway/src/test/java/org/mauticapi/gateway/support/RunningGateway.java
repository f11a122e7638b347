package org.mauticapi.gateway.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.GatewayApplication;

/**
 * A gateway started for a test on a free loopback port, with the given {@code --name=value} settings; closed by the
 * test.
 */
public final class RunningGateway implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningGateway(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a gateway.
	 * @param settings settings such as {@code mautic.base-url=http://127.0.0.1:1234}, without the leading dashes
	 * @return the running gateway
	 */
	public static RunningGateway start(String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
		for (String setting : settings) {
			arguments.add("--" + setting);
		}
		return new RunningGateway(SpringApplication.run(GatewayApplication.class, arguments.toArray(String[]::new)));
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
		this.context.close();
	}

}
