package org.mauticapi.gateway.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A gateway without a Mautic of its own runs the embedded demo sandbox, whose data anyone
 * may read with the demo credentials: it listens on 127.0.0.1 then, unless
 * {@code server.address} says otherwise. With {@code mautic.base-url} set it listens
 * where Spring Boot's default puts it (every interface), as a service does.
 */
public class LoopbackForTheDemo implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.containsProperty("server.address") && !environment.containsProperty("mautic.base-url")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("gatewayDemoOnLoopback", Map.of("server.address", "127.0.0.1")));
		}
	}

}
