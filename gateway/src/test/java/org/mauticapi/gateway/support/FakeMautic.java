package org.mauticapi.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server on a free loopback port, standing in for Mautic.
 */
public final class FakeMautic {

	private FakeMautic() {
	}

	public static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		return server;
	}

	public static String url(WireMockServer server) {
		return "http://127.0.0.1:" + server.port();
	}

}
