package org.mauticapi.sandbox.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.stereotype.Component;

import org.mauticapi.sandbox.config.SandboxProperties;

/**
 * Loads the configured seed ({@code sandbox.seed}: {@code demo}, {@code empty} or a
 * script file) through the sandbox's own API, called in process, once every bean is made
 * and before the server listens, so that no caller ever sees half of it; and says how to
 * log in once it listens.
 */
@Component
public class SeedOnStartup implements SmartInitializingSingleton, ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(SeedOnStartup.class);

	private final SandboxProperties properties;

	private final ObjectProvider<HttpHandler> handler;

	private int sent;

	public SeedOnStartup(SandboxProperties properties, ObjectProvider<HttpHandler> handler) {
		this.properties = properties;
		this.handler = handler;
	}

	@Override
	public void afterSingletonsInstantiated() {
		SeedScript script = SeedScripts.forSetting(this.properties.seed());
		this.sent = SeedRunner
			.inProcess(this.handler.getObject(), this.properties.username(), this.properties.password())
			.run(script);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
		// The password is never logged: it is sandbox.password (the README gives the
		// default).
		logger.info(
				"Mautic sandbox ready at [http://127.0.0.1:{}/api] with seed [{}] ({} requests); HTTP Basic user [{}]",
				port, this.properties.seed(), this.sent, this.properties.username());
	}

}
