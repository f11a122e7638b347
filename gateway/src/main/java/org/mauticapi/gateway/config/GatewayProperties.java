package org.mauticapi.gateway.config;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway is told about its upstreams, under {@code mautic.*}.
 *
 * @param baseUrl the default upstream's base URL, without {@code /api}
 * ({@code MAUTIC_BASE_URL}); when absent the gateway proxies to the
 * {@link org.mauticapi.gateway.upstream.LocalMautic} on its class path (the embedded demo
 * sandbox of {@code bin/mautic-gateway}), and refuses to start without one
 * @param auth how the default upstream is authenticated
 * @param upstreams further named upstreams, selected by the path prefix
 * {@code /upstreams/{name}/api/...} or by the {@link #upstreamHeader} header
 * @param upstreamHeader the request header that names the upstream to use
 * @param apiKeys the keys callers present in {@code X-Api-Key} when an upstream is in
 * {@code service} mode
 * @param calls timeouts, retries, circuit breaker and concurrency bound of every upstream
 * call
 * @param maxBodySize the largest request body the gateway accepts
 */
@ConfigurationProperties("mautic")
public record GatewayProperties(@Nullable URI baseUrl, @DefaultValue UpstreamAuthProperties auth,
		Map<String, NamedUpstreamProperties> upstreams, @DefaultValue("X-Mautic-Upstream") String upstreamHeader,
		List<String> apiKeys, @DefaultValue UpstreamCallProperties calls, @DefaultValue("2MB") DataSize maxBodySize) {

	/**
	 * The name of the upstream that {@code mautic.base-url} (or the local Mautic)
	 * configures.
	 */
	public static final String DEFAULT_UPSTREAM = "default";

	public GatewayProperties {
		upstreams = (upstreams != null) ? Map.copyOf(upstreams) : Map.of();
		apiKeys = (apiKeys != null) ? List.copyOf(apiKeys) : List.of();
	}

	@Override
	public String toString() {
		return "GatewayProperties[baseUrl=" + Redaction.url(this.baseUrl) + ", auth=" + this.auth + ", upstreams="
				+ this.upstreams + ", apiKeys=" + this.apiKeys.size() + " configured, calls=" + this.calls + "]";
	}

	/**
	 * A further upstream, beside the default one.
	 *
	 * @param baseUrl its base URL, without {@code /api}
	 * @param auth how it is authenticated
	 */
	public record NamedUpstreamProperties(URI baseUrl, @DefaultValue UpstreamAuthProperties auth) {

		@Override
		public String toString() {
			return "NamedUpstream[baseUrl=" + Redaction.url(this.baseUrl) + ", auth=" + this.auth + "]";
		}

	}

}
