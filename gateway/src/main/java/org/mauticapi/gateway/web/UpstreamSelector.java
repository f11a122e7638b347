package org.mauticapi.gateway.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.error.GatewayError;
import org.mauticapi.gateway.upstream.Upstream;
import org.mauticapi.gateway.upstream.Upstreams;

/**
 * Chooses the upstream of a request: the one named by a {@code /upstreams/{name}} path
 * prefix, else the one named by the {@code X-Mautic-Upstream} header, else
 * {@code default}. An unknown name is refused rather than sent to the default upstream.
 */
@Component
public class UpstreamSelector {

	private final Upstreams upstreams;

	private final String header;

	public UpstreamSelector(Upstreams upstreams, GatewayProperties properties) {
		this.upstreams = upstreams;
		this.header = properties.upstreamHeader();
	}

	/**
	 * @return the request header that names an upstream
	 */
	public String header() {
		return this.header;
	}

	/**
	 * The upstream of a request.
	 * @param pathName the name in a {@code /upstreams/{name}} prefix, or null
	 * @param headerName the value of the upstream header, or null
	 * @return the upstream
	 * @throws GatewayError 404 for an unknown name in the path, 400 for one in the header
	 */
	public Upstream select(@Nullable String pathName, @Nullable String headerName) {
		if (pathName != null) {
			return this.upstreams.named(pathName)
				.orElseThrow(() -> GatewayError.typed(404,
						"No upstream named '" + GatewayError.printable(pathName) + "' is configured", null));
		}
		if (headerName != null) {
			return this.upstreams.named(headerName)
				.orElseThrow(() -> GatewayError.invalid(this.header,
						"no upstream named '" + GatewayError.printable(headerName) + "' is configured"));
		}
		return this.upstreams.defaultUpstream();
	}

}
