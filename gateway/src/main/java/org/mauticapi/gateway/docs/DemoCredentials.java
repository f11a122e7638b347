package org.mauticapi.gateway.docs;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.config.UpstreamAuthProperties.Mode;
import org.mauticapi.gateway.upstream.LocalMautic;

/**
 * The credentials the documentation pages (GraphiQL, Swagger UI) open with: a local
 * Mautic's demo pair, so that the examples answer at the first click. Only that pair: a
 * configured Mautic's credentials and the service mode's secrets never reach a page.
 */
final class DemoCredentials {

	private final GatewayProperties properties;

	private final @Nullable LocalMautic localMautic;

	DemoCredentials(GatewayProperties properties, @Nullable LocalMautic localMautic) {
		this.properties = properties;
		this.localMautic = localMautic;
	}

	/**
	 * The demo pair, when the gateway proxies to a local Mautic with the callers'
	 * credentials.
	 * @return {@code user:password}, or empty
	 */
	Optional<String> pair() {
		if (this.properties.baseUrl() != null || this.localMautic == null
				|| this.properties.auth().mode() == Mode.SERVICE) {
			return Optional.empty();
		}
		return Optional.of(this.localMautic.demoCredentials());
	}

	/**
	 * Whether callers present an API key rather than credentials of their own.
	 * @return true in the service mode
	 */
	boolean apiKeys() {
		return this.properties.auth().mode() == Mode.SERVICE;
	}

}
