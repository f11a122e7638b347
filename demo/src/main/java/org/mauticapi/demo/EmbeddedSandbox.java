package org.mauticapi.demo;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

import org.mauticapi.gateway.upstream.LocalMautic;
import org.mauticapi.sandbox.SandboxServer;

/**
 * The sandbox started in this process when no Mautic is configured, on a free loopback
 * port, so that the gateway works on a fresh machine; stopped with the gateway.
 * {@link EarlySandboxStart} starts it on a thread of its own as soon as the gateway's
 * settings are known, so that it is made and seeded while the gateway builds itself.
 */
public class EmbeddedSandbox implements LocalMautic, DisposableBean {

	private static final Log logger = LogFactory.getLog(EmbeddedSandbox.class);

	private final String seed;

	private @Nullable CompletableFuture<SandboxServer> server;

	private @Nullable URI baseUrl;

	public EmbeddedSandbox(String seed) {
		this.seed = seed;
	}

	/**
	 * Starts the sandbox on a thread of its own, once. Its port is chosen here, so that
	 * its address is known at once and the gateway can build itself on it while the
	 * sandbox is still being seeded.
	 */
	public synchronized void startInBackground() {
		if (this.server == null) {
			logger
				.info("No Mautic configured (mautic.base-url / MAUTIC_BASE_URL): starting the embedded Mautic sandbox "
						+ "with seed [" + this.seed + "]");
			// Another process could take the port before the sandbox binds it; then the
			// start fails, and says so.
			int port = FreeLoopbackPort.find();
			this.baseUrl = URI.create("http://127.0.0.1:" + port);
			this.server = CompletableFuture.supplyAsync(
					() -> SandboxServer.startEmbedded(port, Map.of("sandbox.seed", this.seed)),
					(task) -> new Thread(task, "embedded-sandbox-start").start());
		}
	}

	/**
	 * Starts the sandbox if it is not started yet, without waiting for it:
	 * {@link #awaitStarted()} does, before the gateway's context finishes its refresh.
	 * @return its base URL, without {@code /api}
	 */
	@Override
	public synchronized URI start() {
		startInBackground();
		return this.baseUrl;
	}

	/**
	 * Waits until the sandbox answers, seeded, if it was started.
	 */
	public void awaitStarted() {
		if (started() != null) {
			SandboxServer running = running();
			logger.info("Proxying to the embedded Mautic sandbox at [" + running.baseUrl()
					+ "/api] (HTTP Basic user admin, see the sandbox's README)");
		}
	}

	private synchronized @Nullable CompletableFuture<SandboxServer> started() {
		return this.server;
	}

	@Override
	public String demoCredentials() {
		if (started() == null) {
			throw new IllegalStateException("The embedded sandbox has not been started");
		}
		return running().basicCredentials();
	}

	private SandboxServer running() {
		try {
			return started().join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	@Override
	public void destroy() {
		CompletableFuture<SandboxServer> started;
		synchronized (this) {
			started = this.server;
			this.server = null;
			this.baseUrl = null;
		}
		if (started != null) {
			// waits for a start still under way, so that no sandbox outlives the gateway
			started.handle((running, failure) -> {
				if (running != null) {
					running.close();
				}
				return null;
			}).join();
		}
	}

}
