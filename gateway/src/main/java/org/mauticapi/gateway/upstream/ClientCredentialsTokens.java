package org.mauticapi.gateway.upstream;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import org.mauticapi.gateway.upstream.UpstreamFailure.Kind;

/**
 * OAuth2 client credentials: one token at a time, fetched once however many calls wait
 * for it, reused until shortly before it expires, and fetched afresh when it expires or
 * the upstream refuses it.
 */
final class ClientCredentialsTokens implements UpstreamCredentials {

	// A token is renewed this long before the expiry the server announced, so that it
	// never expires in flight.
	private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

	private final String upstream;

	private final WebClient tokenClient;

	private final URI tokenUrl;

	private final MultiValueMap<String, String> grant;

	private final Clock clock;

	private final Duration timeout;

	private final AtomicReference<Mono<Token>> current = new AtomicReference<>();

	private volatile @Nullable Token latest;

	ClientCredentialsTokens(String upstream, WebClient tokenClient, URI tokenUrl, String clientId, String clientSecret,
			@Nullable String scope, Clock clock, Duration timeout) {
		this.upstream = upstream;
		this.tokenClient = tokenClient;
		this.tokenUrl = tokenUrl;
		this.clock = clock;
		this.timeout = timeout;
		this.grant = new LinkedMultiValueMap<>();
		this.grant.add("grant_type", "client_credentials");
		this.grant.add("client_id", clientId);
		this.grant.add("client_secret", clientSecret);
		if (scope != null && !scope.isBlank()) {
			this.grant.add("scope", scope);
		}
		this.current.set(cachedFetch());
	}

	@Override
	public Mono<String> authorization(UpstreamRequest request) {
		return this.current.get().map(Token::header);
	}

	@Override
	public boolean renew(String authorization) {
		// Only the first of many calls refused with the same token replaces it; the
		// others use the new one.
		synchronized (this.current) {
			Token token = this.latest;
			if (token != null && token.header().equals(authorization)) {
				this.latest = null;
				this.current.set(cachedFetch());
			}
		}
		return true;
	}

	private Mono<Token> cachedFetch() {
		return fetch().cache(this::lifetime, (error) -> Duration.ZERO, () -> Duration.ZERO);
	}

	private Duration lifetime(Token token) {
		Duration left = Duration.between(this.clock.instant(), token.expiresAt()).minus(EXPIRY_MARGIN);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private Mono<Token> fetch() {
		return this.tokenClient.post()
			.uri(this.tokenUrl)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromFormData(this.grant))
			.exchangeToMono((response) -> {
				if (!response.statusCode().is2xxSuccessful()) {
					return response.releaseBody()
						.then(Mono.error(refused("answered HTTP " + response.statusCode().value())));
				}
				return response.bodyToMono(JsonNode.class);
			})
			.timeout(this.timeout)
			.map(this::token)
			.doOnNext((token) -> this.latest = token)
			.onErrorMap((error) -> !(error instanceof UpstreamFailure),
					(error) -> refused("could not be reached or did not answer with a token"));
	}

	private Token token(JsonNode answer) {
		String accessToken = answer.path("access_token").asString("");
		if (accessToken.isEmpty()) {
			throw refused("answered without an access_token");
		}
		long expiresIn = answer.path("expires_in").asLong(3600);
		return new Token("Bearer " + accessToken, this.clock.instant().plusSeconds(expiresIn));
	}

	private UpstreamFailure refused(String why) {
		return new UpstreamFailure(Kind.AUTHENTICATION, this.upstream,
				"The token endpoint of the Mautic upstream '" + this.upstream + "' " + why);
	}

	@Override
	public String toString() {
		return "ClientCredentialsTokens[" + this.upstream + "]";
	}

	private record Token(String header, Instant expiresAt) {

		@Override
		public String toString() {
			return "Token[******, expiresAt=" + this.expiresAt + "]";
		}

	}

}
