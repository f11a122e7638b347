package org.mauticapi.gateway.web;

import reactor.netty.NettyPipeline;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the gateway's HTTP server does before any handler: error answers it writes itself
 * get a body in Mautic's envelope ({@link EmptyErrorBodies}).
 */
@Configuration(proxyBeanMethods = false)
class ServerHardening {

	@Bean
	NettyServerCustomizer emptyErrorBodies() {
		return (server) -> server.doOnChannelInit((observer, channel, address) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, EmptyErrorBodies.NAME, new EmptyErrorBodies());
			}
		});
	}

}
