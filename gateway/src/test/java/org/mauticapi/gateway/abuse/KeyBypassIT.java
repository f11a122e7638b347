package org.mauticapi.gateway.abuse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.RawHttp;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 1: in service mode (the gateway calls Mautic with its own credentials)
 * no spelling of a route gets a request past the API key, on REST or GraphQL, on the
 * default or a named upstream.
 */
class KeyBypassIT {

	private static final String GRAPHQL = "{\"query\":\"mutation { deleteContact(id: 5) { id } }\"}";

	private static CaptureMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url(), "mautic.auth.mode=service",
				"mautic.auth.username=svc", "mautic.auth.password=s3cret", "mautic.api-keys=the-key",
				"mautic.upstreams.eu.base-url=" + mautic.url(), "mautic.upstreams.eu.auth.mode=service",
				"mautic.upstreams.eu.auth.username=svc", "mautic.upstreams.eu.auth.password=s3cret");
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void theKeyLetsARequestThroughWithTheGatewaysCredentials() {
		mautic.clear();

		RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/contacts/5", null, null, "X-Api-Key: the-key");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(mautic.captured()).singleElement()
			.satisfies((captured) -> assertThat(captured.uri()).isEqualTo("/api/contacts/5"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /graphql", "POST, /graphql;x", "POST, /graphql;", "POST, /graphql/", "POST, /graphql%3Bx",
			"POST, /GRAPHQL", "POST, /upstreams/eu/graphql", "POST, /upstreams/eu/graphql;x", "POST, //graphql",
			"POST, /./graphql", "POST, /graphql/.", "GET, /graphql?query=%7B__typename%7D",
			"DELETE, /api/contacts/5/delete", "DELETE, /api/contacts/5/delete;x",
			"DELETE, /upstreams/eu/api/contacts/5/delete", "DELETE, /api//contacts/5/delete",
			"DELETE, /api/contacts/5%2Fdelete", "GET, /api/notes", "GET, /mtracking.gif", "GET, /actuator/upstreams",
			"GET, /actuator/prometheus", "GET, /actuator/drift" })
	void noSpellingGetsPastTheKey(String method, String path) {
		mautic.clear();

		RawHttp.Answer answer = RawHttp.send(port, method, path, "application/json",
				method.equals("POST") ? GRAPHQL.getBytes() : null);

		assertThat(answer.status()).as(answer.head()).isIn(400, 401, 404, 405);
		assertThat(answer.body()).contains("\"errors\"");
		assertThat(mautic.captured()).isEmpty();
	}

}
