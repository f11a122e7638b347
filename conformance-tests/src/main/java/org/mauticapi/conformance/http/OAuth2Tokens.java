package org.mauticapi.conformance.http;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens of an OAuth2 client from Mautic's token endpoint
 * ({@code /oauth/v2/token}, outside {@code /api}), with the client-credentials grant; a
 * token is reused until shortly before it expires.
 */
public final class OAuth2Tokens {

	// Asked for a new token this long before the old one expires, so that no request
	// carries a dying token.
	private static final long MARGIN_SECONDS = 60;

	private final URI tokenUrl;

	private final Credentials.ClientCredentials client;

	private final Clock clock;

	private @Nullable String token;

	private Instant expiresAt = Instant.MIN;

	public OAuth2Tokens(URI baseUrl, Credentials.ClientCredentials client, Clock clock) {
		this.tokenUrl = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/oauth/v2/token");
		this.client = client;
		this.clock = clock;
	}

	/**
	 * A valid access token, fetched when there is none or it is about to expire.
	 * @return the token
	 * @throws TargetException when the token endpoint refuses the client or cannot be
	 * reached
	 */
	public synchronized String accessToken() {
		if (this.token == null || !this.clock.instant().isBefore(this.expiresAt)) {
			fetch();
		}
		return this.token;
	}

	private void fetch() {
		Response response = RestAssured.given()
			.formParam("grant_type", "client_credentials")
			.formParam("client_id", this.client.clientId())
			.formParam("client_secret", this.client.clientSecret())
			.post(this.tokenUrl);
		JsonNode body = JsonBodies.parse(response.asString());
		if (response.statusCode() != 200 || body == null || !body.path("access_token").isString()) {
			throw new TargetException("The token endpoint " + this.tokenUrl + " refused client "
					+ this.client.clientId() + " (status " + response.statusCode() + ")");
		}
		this.token = body.get("access_token").asString();
		this.expiresAt = this.clock.instant().plusSeconds(body.path("expires_in").asLong(3600) - MARGIN_SECONDS);
	}

}
