package org.mauticapi.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The gateway: {@code java -jar mautic-gateway.jar} proxies to the embedded sandbox,
 * {@code java -jar mautic-gateway.jar --mautic.base-url=https://mautic.example.com} to a real Mautic.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
