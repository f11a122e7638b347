package org.mauticapi.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The gateway:
 * {@code java -jar mautic-gateway.jar --mautic.base-url=https://mautic.example.com}
 * proxies to that Mautic; {@code bin/mautic-gateway} runs it with the embedded demo
 * sandbox on its class path (the {@code demo} module), which it proxies to when no
 * {@code mautic.base-url} is given.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	// Netty's direct memory (socket buffers, answers on their way to slow callers)
	// defaults to the heap's maximum, a
	// quarter of the machine; a bound keeps a flood of slow readers from taking the
	// machine.
	private static final String MAX_DIRECT_MEMORY = "io.netty.maxDirectMemory";

	public static void main(String[] args) {
		if (System.getProperty(MAX_DIRECT_MEMORY) == null) {
			System.setProperty(MAX_DIRECT_MEMORY, String.valueOf(256L * 1024 * 1024));
		}
		SpringApplication.run(GatewayApplication.class, args);
	}

}
