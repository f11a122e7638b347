package org.mauticapi.sandbox;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The sandbox as a Spring Boot application:
 * {@code java -jar mautic-sandbox.jar --server.port=8089}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

	/**
	 * The sandbox reads {@code mautic-sandbox.properties}, not
	 * {@code application.properties}: embedded in the gateway it shares a class path with
	 * the gateway's own {@code application.yml}, and each must read only its own.
	 */
	static final String CONFIG_NAME = "mautic-sandbox";

	public static void main(String[] args) {
		application().run(args);
	}

	static SpringApplication application() {
		SpringApplication application = new SpringApplication(SandboxApplication.class);
		application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
		// Started from the gateway, Spring would otherwise name the gateway's main class
		// in the sandbox's start-up log.
		application.setMainApplicationClass(SandboxApplication.class);
		return application;
	}

}
