package org.mauticapi.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import org.mauticapi.gateway.upstream.LocalMautic;

/**
 * Offers the embedded sandbox to the gateway as its {@link LocalMautic}; the gateway
 * starts it only when no {@code mautic.base-url} is set (and then
 * {@link EarlySandboxStart} has registered it already, starting).
 */
@AutoConfiguration
@EnableConfigurationProperties(DemoProperties.class)
public class DemoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(LocalMautic.class)
	EmbeddedSandbox embeddedSandbox(DemoProperties properties) {
		return new EmbeddedSandbox(properties.seed());
	}

	/**
	 * Holds the gateway's start until the sandbox it proxies to answers: after every bean
	 * is made (which the gateway does while the sandbox seeds itself) and before the
	 * gateway listens.
	 */
	@Bean
	SmartInitializingSingleton embeddedSandboxStarted(ObjectProvider<EmbeddedSandbox> sandbox) {
		return () -> sandbox.ifAvailable(EmbeddedSandbox::awaitStarted);
	}

}
