package org.mauticapi.sandbox.seed;

import org.mauticapi.sandbox.config.SandboxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Loads the configured seed ({@code sandbox.seed}: {@code demo}, {@code empty} or a script file) once the sandbox
 * listens, through its own API, before it is reported started; and says how to log in.
 */
@Component
public class SeedOnStartup implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(SeedOnStartup.class);

	private final SandboxProperties properties;

	public SeedOnStartup(SandboxProperties properties) {
		this.properties = properties;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
		String baseUrl = "http://127.0.0.1:" + port;
		SeedScript script = SeedScripts.forSetting(this.properties.seed());
		int sent = new SeedRunner(WebClient.builder(), baseUrl, this.properties.username(), this.properties.password())
			.run(script);
		// The password is never logged: it is sandbox.password (the README gives the default).
		logger.info("Mautic sandbox ready at [{}/api] with seed [{}] ({} requests); HTTP Basic user [{}]", baseUrl,
				this.properties.seed(), sent, this.properties.username());
	}

}
