package org.mauticapi.demo;

import java.net.URI;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

import org.mauticapi.gateway.upstream.LocalMautic;
import org.mauticapi.sandbox.SandboxServer;

/**
 * The sandbox started in this process when no Mautic is configured, on a free loopback port, so that the gateway
 * works on a fresh machine; stopped with the gateway.
 */
public class EmbeddedSandbox implements LocalMautic, DisposableBean {

	private static final Log logger = LogFactory.getLog(EmbeddedSandbox.class);

	private final DemoProperties properties;

	private @Nullable SandboxServer server;

	public EmbeddedSandbox(DemoProperties properties) {
		this.properties = properties;
	}

	@Override
	public synchronized URI start() {
		if (this.server == null) {
			logger.info("No Mautic configured (mautic.base-url / MAUTIC_BASE_URL): starting the embedded Mautic sandbox "
					+ "with seed [" + this.properties.seed() + "]");
			this.server = SandboxServer.startEmbedded(0, Map.of("sandbox.seed", this.properties.seed()));
			logger.info("Proxying to the embedded Mautic sandbox at [" + this.server.baseUrl()
					+ "/api] (HTTP Basic user admin, see the sandbox's README)");
		}
		return URI.create(this.server.baseUrl());
	}

	@Override
	public synchronized String demoCredentials() {
		if (this.server == null) {
			throw new IllegalStateException("The embedded sandbox has not been started");
		}
		return this.server.basicCredentials();
	}

	@Override
	public synchronized void destroy() {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
	}

}
