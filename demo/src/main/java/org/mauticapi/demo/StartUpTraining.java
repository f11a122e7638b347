package org.mauticapi.demo;

import org.springframework.boot.SpringApplication;

import org.mauticapi.gateway.GatewayApplication;

/**
 * The training start of the build: starts the gateway as {@code bin/mautic-gateway} does
 * (the embedded sandbox seeded included), stops it, and exits, so that the JVM writes
 * every class the start loaded into the class data sharing archive
 * ({@code -XX:ArchiveClassesAtExit}). Spring's {@code spring.context.exit=onRefresh}
 * cannot do it: the sandbox's own context is refreshed first, and the JVM would end
 * there.
 */
public final class StartUpTraining {

	private StartUpTraining() {
	}

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(GatewayApplication.class, args)));
	}

}
