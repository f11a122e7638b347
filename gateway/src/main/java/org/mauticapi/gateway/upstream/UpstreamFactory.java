package org.mauticapi.gateway.upstream;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import org.mauticapi.gateway.config.GatewayConfigurationException;
import org.mauticapi.gateway.config.GatewayProperties;
import org.mauticapi.gateway.config.UpstreamAuthProperties;
import org.mauticapi.gateway.config.UpstreamAuthProperties.Mode;
import org.mauticapi.gateway.config.UpstreamCallProperties;
import org.mauticapi.gateway.config.UpstreamCallProperties.CircuitBreakerProperties;

/**
 * Builds each {@link Upstream} from its configuration: its own connection pool (the bound
 * on concurrent calls), its own circuit breaker, its credentials. Closes the pools on
 * shutdown.
 */
@Component
public class UpstreamFactory implements DisposableBean {

	// Below the 5 s keep-alive of Apache's default configuration, so that the gateway
	// never reuses a connection the
	// upstream is closing, which would fail a write that cannot be retried.
	private static final Duration MAX_IDLE = Duration.ofSeconds(4);

	private final UpstreamCallProperties calls;

	private final boolean apiKeysConfigured;

	private final UpstreamMetrics metrics;

	private final List<ConnectionProvider> pools = new CopyOnWriteArrayList<>();

	private final AnswerBudget budget;

	public UpstreamFactory(GatewayProperties properties, UpstreamMetrics metrics, AnswerBudget budget) {
		this.calls = properties.calls();
		this.apiKeysConfigured = !properties.apiKeys().isEmpty();
		this.metrics = metrics;
		this.budget = budget;
	}

	/**
	 * Builds an upstream.
	 * @param name its name
	 * @param baseUrl its base URL, without {@code /api}
	 * @param auth its authentication
	 * @return the upstream
	 * @throws GatewayConfigurationException when the configuration cannot work
	 */
	public Upstream create(String name, URI baseUrl, UpstreamAuthProperties auth) {
		String prefix = GatewayProperties.DEFAULT_UPSTREAM.equals(name) ? "mautic" : "mautic.upstreams." + name;
		requireHttpUrl(prefix + ".base-url", baseUrl);
		HttpClient http = client(name);
		WebClient tokens = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		return new Upstream(name, baseUrl, auth.mode(), http, credentials(prefix, name, baseUrl, auth, tokens),
				circuitBreaker(name), this.calls, this.metrics, this.budget);
	}

	private HttpClient client(String name) {
		ConnectionProvider pool = ConnectionProvider.builder("mautic-upstream-" + name)
			.maxConnections(this.calls.maxConcurrentCalls())
			.pendingAcquireMaxCount(this.calls.maxQueuedCalls())
			.pendingAcquireTimeout(this.calls.responseTimeout())
			.maxIdleTime(MAX_IDLE)
			.build();
		this.pools.add(pool);
		return HttpClient.create(pool)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.calls.connectTimeout().toMillis())
			.responseTimeout(this.calls.responseTimeout());
	}

	private UpstreamCredentials credentials(String prefix, String name, URI baseUrl, UpstreamAuthProperties auth,
			WebClient client) {
		if (auth.mode() == Mode.PASSTHROUGH) {
			return new PassthroughCredentials();
		}
		if (!this.apiKeysConfigured) {
			throw new GatewayConfigurationException("mautic.api-keys", "the upstream '" + name
					+ "' is in service mode, so callers must present a gateway API key, " + "but no key is configured");
		}
		if (hasText(auth.clientId())) {
			if (!hasText(auth.clientSecret())) {
				throw new GatewayConfigurationException(prefix + ".auth.client-secret",
						"OAuth2 client credentials need the client's secret");
			}
			URI tokenUrl = (auth.tokenUrl() != null) ? auth.tokenUrl()
					: URI.create(baseUrl.toString().replaceAll("/+$", "") + "/oauth/v2/token");
			requireHttpUrl(prefix + ".auth.token-url", tokenUrl);
			return new ClientCredentialsTokens(name, client, tokenUrl, auth.clientId(), auth.clientSecret(),
					auth.scope(), Clock.systemUTC(), this.calls.responseTimeout());
		}
		if (hasText(auth.username()) && auth.password() != null) {
			return new BasicCredentials(auth.username(), auth.password());
		}
		throw new GatewayConfigurationException(prefix + ".auth",
				"service mode needs either username and password (HTTP Basic) or client-id and client-secret "
						+ "(OAuth2 client credentials)");
	}

	private CircuitBreaker circuitBreaker(String name) {
		CircuitBreakerProperties settings = this.calls.circuitBreaker();
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumCalls())
			.failureRateThreshold(settings.failureRateThreshold())
			.waitDurationInOpenState(settings.openFor())
			.permittedNumberOfCallsInHalfOpenState(3)
			.build();
		return CircuitBreaker.of("mautic-upstream-" + name, config);
	}

	private static void requireHttpUrl(String property, URI url) {
		if (url == null) {
			throw new GatewayConfigurationException(property, "is required");
		}
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
			throw new GatewayConfigurationException(property,
					"must be an absolute http or https URL such as https://mautic.example.com");
		}
		if (url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new GatewayConfigurationException(property, "must not carry a query or a fragment");
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public void destroy() {
		this.pools.forEach(ConnectionProvider::dispose);
	}

}
