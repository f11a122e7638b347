package org.mauticapi.gateway.upstream;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.mauticapi.gateway.config.GatewayProperties;

/**
 * The upstreams the gateway fronts, by name; {@code default} is the one
 * {@code mautic.base-url} (or the embedded sandbox) configures.
 */
public final class Upstreams {

	private final Map<String, Upstream> byName;

	Upstreams(Map<String, Upstream> byName) {
		this.byName = Map.copyOf(byName);
	}

	public Upstream defaultUpstream() {
		return this.byName.get(GatewayProperties.DEFAULT_UPSTREAM);
	}

	public Optional<Upstream> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	public Collection<Upstream> all() {
		return this.byName.values();
	}

}
