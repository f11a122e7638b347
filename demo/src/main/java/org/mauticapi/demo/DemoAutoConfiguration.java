package org.mauticapi.demo;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import org.mauticapi.gateway.upstream.LocalMautic;

/**
 * Offers the embedded sandbox to the gateway as its {@link LocalMautic}; the gateway starts it only when no
 * {@code mautic.base-url} is set.
 */
@AutoConfiguration
@EnableConfigurationProperties(DemoProperties.class)
public class DemoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(LocalMautic.class)
	EmbeddedSandbox embeddedSandbox(DemoProperties properties) {
		return new EmbeddedSandbox(properties);
	}

}
