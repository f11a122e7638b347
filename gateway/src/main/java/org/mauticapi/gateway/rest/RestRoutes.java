package org.mauticapi.gateway.rest;

import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;

/**
 * Puts the REST pipeline on Reactor Netty's server itself, ahead of Spring's web stack: a
 * request under {@code /api} is matched, read, checked and forwarded by
 * {@link RestPipeline} alone; every other request (GraphQL, the docs, actuator) goes on
 * to Spring.
 */
@Configuration(proxyBeanMethods = false)
class RestRoutes {

	@Bean
	NettyRouteProvider restRoute(RestPipeline pipeline) {
		return (routes) -> routes.route(pipeline::serves, pipeline::handle);
	}

	@Bean
	PhpInputReader phpInputReader(RestProperties properties) {
		return new PhpInputReader(new PhpInputLimits(properties.maxInputVars(), properties.maxInputNestingLevel()));
	}

}
