package org.mauticapi.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mauticapi.gateway.auth.ApiKeyFilter;
import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * GraphQL with the default upstream in service mode: callers need a gateway API key, and
 * Mautic sees the gateway's credentials, never the caller's.
 */
class GraphQlServiceModeTests {

	private static final String API_KEY = "graphql-key-1";

	private static final String SERVICE_AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString("svc:s3rvice".getBytes(StandardCharsets.UTF_8));

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start("mautic.auth.mode=service",
			"mautic.auth.username=svc", "mautic.auth.password=s3rvice", "mautic.api-keys[0]=" + API_KEY);

	private static final WireMockServer mautic = fixture.mautic();

	@Test
	void aQueryWithoutAnApiKeyIs401AndNeverReachesMautic() {
		fixture.gateway()
			.client()
			.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", "{ contact(id: 5) { email } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void aQueryWithAnApiKeyIsAnsweredWithTheGatewaysCredentialsUpstream() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5"))
			.willReturn(okJson("{\"contact\":{\"id\":5,\"fields\":{\"all\":{\"email\":\"c5@example.com\"}}}}")));

		fixture.graphQl()
			.header(ApiKeyFilter.HEADER, API_KEY)
			.build()
			.document("{ contact(id: 5) { email } }")
			.execute()
			.path("contact.email")
			.entity(String.class)
			.isEqualTo("c5@example.com");

		// The fixture's tester sends the caller's own Basic credentials too: they must
		// not pass.
		mautic.verify(1, getRequestedFor(urlEqualTo("/api/contacts/5")).withHeader("Authorization",
				equalTo(SERVICE_AUTHORIZATION)));
		mautic.verify(0,
				anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(GraphQlOnFakeMautic.AUTHORIZATION)));
	}

}
