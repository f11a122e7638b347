package org.mauticapi.gateway.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LoopbackForTheDemo}: the demo gateway (no Mautic of its own) listens
 * on 127.0.0.1 unless told otherwise; a gateway with a Mautic listens where Spring Boot
 * puts it.
 */
class LoopbackForTheDemoTests {

	@Test
	void listensOnLoopbackWithoutAMauticOfItsOwn() {
		StandardEnvironment environment = environment(Map.of());

		new LoopbackForTheDemo().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	@Test
	void leavesTheAddressAloneWithAMauticOrAnAddressGiven() {
		StandardEnvironment withMautic = environment(Map.of("mautic.base-url", "https://mautic.example.com"));
		StandardEnvironment withAddress = environment(Map.of("server.address", "0.0.0.0"));

		new LoopbackForTheDemo().postProcessEnvironment(withMautic, new SpringApplication());
		new LoopbackForTheDemo().postProcessEnvironment(withAddress, new SpringApplication());

		assertThat(withMautic.getProperty("server.address")).isNull();
		assertThat(withAddress.getProperty("server.address")).isEqualTo("0.0.0.0");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
