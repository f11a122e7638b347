package org.mauticapi.gateway.graphql.transport;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A gateway that runs only the operations of its persisted query manifest: a listed one
 * runs by its hash alone or sent whole, anything else is refused with
 * {@code PERSISTED_QUERY_NOT_LISTED} and never reaches Mautic.
 */
class GraphQlAllowlistTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start(
			"mautic.graphql.persisted-queries.manifest=classpath:persisted/manifest.json",
			"mautic.graphql.persisted-queries.only-manifest=true");

	private static final WireMockServer mautic = fixture.mautic();

	private static final String LISTED = "query ListedContact { contact(id: 5) { email } }";

	@Test
	void aListedOperationRunsByItsHashAlone() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(
				okJson("{\"contact\":{\"id\":5,\"points\":0,\"fields\":{\"all\":{\"email\":\"c5@example.com\"}}}}")));

		post("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + Sha256.hex(LISTED) + "\"}}}")
			.expectBody()
			.jsonPath("$.data.contact.email")
			.isEqualTo("c5@example.com");
	}

	@Test
	void anOperationTheManifestLacksIsRefusedWithoutAnyUpstreamCall() {
		post("{\"query\":\"{ contact(id: 5) { email points } }\"}").expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_LISTED");

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	private static WebTestClient.ResponseSpec post(String body) {
		return fixture.gateway()
			.client()
			.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

}
