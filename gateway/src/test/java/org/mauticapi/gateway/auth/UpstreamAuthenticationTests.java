package org.mauticapi.gateway.auth;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.mauticapi.gateway.config.GatewayConfigurationException;
import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Whose credentials reach Mautic: the caller's in passthrough mode; the gateway's own in
 * service mode (HTTP Basic or an OAuth2 token it fetches, caches and renews), where
 * callers need a gateway API key. Secrets never show.
 */
@ExtendWith(OutputCaptureExtension.class)
class UpstreamAuthenticationTests {

	private static final String CLIENT_SECRET = "s3cr3t-client-Q7x";

	private static final String BASIC_PASSWORD = "b4sic-pass-W9z";

	private static final String API_KEY = "gw-key-Kp2";

	private static final String ACCESS_TOKEN = "tok-first-A1";

	private WireMockServer mautic;

	private RunningGateway gateway;

	@BeforeEach
	void startMautic() {
		this.mautic = FakeMautic.start();
		this.mautic.stubFor(get(urlEqualTo("/api/contacts/1")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"contact\":{\"id\":1}}")));
	}

	@AfterEach
	void stop() {
		if (this.gateway != null) {
			this.gateway.close();
		}
		this.mautic.stop();
	}

	@Test
	void passthroughForwardsTheCallersAuthorization() {
		this.gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(this.mautic));

		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("Authorization", "Basic dXNlcjpwYXNz")
			.exchange()
			.expectStatus()
			.isOk();
		this.gateway.client().get().uri("/api/contacts/1").exchange().expectStatus().isOk();

		this.mautic.verify(getRequestedFor(urlEqualTo("/api/contacts/1")).withHeader("Authorization",
				equalTo("Basic dXNlcjpwYXNz")));
		this.mautic.verify(getRequestedFor(urlEqualTo("/api/contacts/1")).withHeader("Authorization", absent()));
	}

	@Test
	void serviceModeSendsTheGatewaysBasicCredentialsInsteadOfTheCallers(CapturedOutput output) {
		this.gateway = startService("mautic.auth.username=svc", "mautic.auth.password=" + BASIC_PASSWORD);

		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("X-Api-Key", API_KEY)
			.header("Authorization", "Basic Y2FsbGVyOm5vcGU=")
			.exchange()
			.expectStatus()
			.isOk();

		this.mautic.verify(1, getRequestedFor(urlEqualTo("/api/contacts/1")).withHeader("Authorization",
				equalTo("Basic c3ZjOmI0c2ljLXBhc3MtVzl6")));
		assertNoSecretIn(output.getAll());
	}

	@Test
	void serviceModeRefusesCallersWithoutAKnownApiKey() {
		this.gateway = startService("mautic.auth.username=svc", "mautic.auth.password=" + BASIC_PASSWORD);

		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].type")
			.isEqualTo("access_denied");
		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("X-Api-Key", "guess")
			.exchange()
			.expectStatus()
			.isUnauthorized();

		this.mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void clientCredentialsTokenIsFetchedOnceAndReused(CapturedOutput output) {
		stubToken(ACCESS_TOKEN, 3600);
		this.gateway = startService("mautic.auth.client-id=gateway", "mautic.auth.client-secret=" + CLIENT_SECRET);

		for (int i = 0; i < 3; i++) {
			this.gateway.client()
				.get()
				.uri("/api/contacts/1")
				.header("X-Api-Key", API_KEY)
				.exchange()
				.expectStatus()
				.isOk();
		}

		this.mautic.verify(1,
				postRequestedFor(urlEqualTo("/oauth/v2/token"))
					.withRequestBody(containing("grant_type=client_credentials"))
					.withRequestBody(containing("client_id=gateway")));
		this.mautic.verify(3, getRequestedFor(urlEqualTo("/api/contacts/1")).withHeader("Authorization",
				equalTo("Bearer " + ACCESS_TOKEN)));
		String actuator = this.gateway.client()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertNoSecretIn(output.getAll() + actuator);
	}

	@Test
	void aRefusedTokenIsRenewedAndTheCallMadeAgain() {
		this.mautic.stubFor(post(urlEqualTo("/oauth/v2/token")).inScenario("tokens")
			.whenScenarioStateIs(STARTED)
			.willReturn(token("tok-revoked", 3600))
			.willSetStateTo("second"));
		this.mautic.stubFor(post(urlEqualTo("/oauth/v2/token")).inScenario("tokens")
			.whenScenarioStateIs("second")
			.willReturn(token("tok-fresh", 3600)));
		this.mautic
			.stubFor(get(urlEqualTo("/api/contacts/1")).withHeader("Authorization", equalTo("Bearer tok-revoked"))
				.willReturn(aResponse().withStatus(401)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"errors\":[{\"message\":\"The access token provided has expired.\",\"code\":401,"
							+ "\"type\":\"invalid_grant\"}]}")));
		this.gateway = startService("mautic.auth.client-id=gateway", "mautic.auth.client-secret=" + CLIENT_SECRET);

		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("X-Api-Key", API_KEY)
			.exchange()
			.expectStatus()
			.isOk();

		this.mautic.verify(2, postRequestedFor(urlEqualTo("/oauth/v2/token")));
		this.mautic.verify(getRequestedFor(urlEqualTo("/api/contacts/1")).withHeader("Authorization",
				equalTo("Bearer tok-fresh")));
	}

	@Test
	void anExpiringTokenIsFetchedAgain() throws InterruptedException {
		// Renewed 30 s before the announced expiry: a 31 s token is good for about one
		// second.
		stubToken(ACCESS_TOKEN, 31);
		this.gateway = startService("mautic.auth.client-id=gateway", "mautic.auth.client-secret=" + CLIENT_SECRET);

		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("X-Api-Key", API_KEY)
			.exchange()
			.expectStatus()
			.isOk();
		Thread.sleep(1500);
		this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("X-Api-Key", API_KEY)
			.exchange()
			.expectStatus()
			.isOk();

		this.mautic.verify(2, postRequestedFor(urlEqualTo("/oauth/v2/token")));
	}

	@Test
	void aTokenEndpointThatRefusesIsABadGatewayWithoutTheSecret(CapturedOutput output) {
		this.mautic.stubFor(post(urlEqualTo("/oauth/v2/token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\"}")));
		this.gateway = startService("mautic.auth.client-id=gateway", "mautic.auth.client-secret=" + CLIENT_SECRET);

		String body = this.gateway.client()
			.get()
			.uri("/api/contacts/1")
			.header("X-Api-Key", API_KEY)
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(body).contains("upstream_authentication");
		assertNoSecretIn(body + output.getAll());
		this.mautic.verify(0, getRequestedFor(urlEqualTo("/api/contacts/1")));
	}

	@Test
	void serviceModeWithoutApiKeysDoesNotStart() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> RunningGateway.start("mautic.base-url=" + FakeMautic.url(this.mautic),
					"mautic.auth.mode=service", "mautic.auth.username=svc", "mautic.auth.password=" + BASIC_PASSWORD))
			.havingRootCause()
			.isInstanceOf(GatewayConfigurationException.class)
			.withMessageContaining("mautic.api-keys");
	}

	@Test
	void graphiQlInServiceModeAsksForAnApiKeyAndShowsNoSecret() {
		this.gateway = startService("mautic.auth.username=svc", "mautic.auth.password=" + BASIC_PASSWORD);

		String page = this.gateway.client()
			.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("X-Api-Key").contains("<one of mautic.api-keys>").doesNotContain("Authorization");
		assertNoSecretIn(page);
	}

	private RunningGateway startService(String... credentials) {
		String[] settings = new String[credentials.length + 3];
		settings[0] = "mautic.base-url=" + FakeMautic.url(this.mautic);
		settings[1] = "mautic.auth.mode=service";
		settings[2] = "mautic.api-keys[0]=" + API_KEY;
		System.arraycopy(credentials, 0, settings, 3, credentials.length);
		return RunningGateway.start(settings);
	}

	private void stubToken(String accessToken, int expiresIn) {
		this.mautic.stubFor(post(urlEqualTo("/oauth/v2/token")).willReturn(token(accessToken, expiresIn)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder token(String accessToken,
			int expiresIn) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + expiresIn
					+ ",\"token_type\":\"bearer\",\"scope\":null}");
	}

	private static void assertNoSecretIn(String text) {
		assertThat(text).doesNotContain(CLIENT_SECRET, BASIC_PASSWORD, API_KEY, ACCESS_TOKEN,
				"c3ZjOmI0c2ljLXBhc3MtVzl6");
	}

}
