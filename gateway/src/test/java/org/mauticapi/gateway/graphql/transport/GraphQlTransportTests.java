package org.mauticapi.gateway.graphql.transport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import org.mauticapi.gateway.support.GraphQlOnFakeMautic;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as clients send it: GET for queries (never mutations), Apollo's
 * automatic persisted queries as an unmodified Apollo client sends them, the SDL
 * download, CORS, and a GraphQL-shaped answer with a telling status for every request the
 * transport refuses, none of which reaches Mautic.
 */
class GraphQlTransportTests {

	@RegisterExtension
	static final GraphQlOnFakeMautic fixture = GraphQlOnFakeMautic.start(
			"mautic.graphql.http.cors.allowed-origins=https://app.example.com",
			"mautic.graphql.http.max-request-size=1KB");

	private static final WireMockServer mautic = fixture.mautic();

	private static final WebTestClient client = fixture.gateway().client();

	private static final String CONTACT = "{\"contact\":{\"id\":5,\"points\":3,\"fields\":{\"all\":{\"email\":\"c5@example.com\"}}}}";

	@Test
	void answersAQuerySentWithGet() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(CONTACT)));

		byte[] answer = client.get()
			.uri(graphQl(Map.of("query", "query($id: ID!) { contact(id: $id) { email } }", "variables", "{\"id\":5}")))
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();

		assertThat(text(answer)).isEqualTo("{\"data\":{\"contact\":{\"email\":\"c5@example.com\"}}}");
	}

	@Test
	void refusesAMutationSentWithGetWith405() {
		client.get()
			.uri(graphQl(Map.of("query", "mutation { deleteContact(id: 5) { id } }")))
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST")
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("METHOD_NOT_ALLOWED");

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void runsAnAutomaticPersistedQueryAsAnApolloClientSendsIt() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/5")).willReturn(okJson(CONTACT)));
		String query = "query ApqContact { contact(id: 5) { email points } }";
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + Sha256.hex(query) + "\"}}";

		// Apollo's link first sends the hash alone (with GET when told to), then the
		// query with the hash.
		client.get()
			.uri(graphQl(Map.of("operationName", "ApqContact", "extensions", extensions)))
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		post("{\"operationName\":\"ApqContact\",\"query\":\"" + query + "\",\"extensions\":" + extensions + "}")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.contact.email")
			.isEqualTo("c5@example.com");

		client.get()
			.uri(graphQl(Map.of("operationName", "ApqContact", "extensions", extensions)))
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.contact.points")
			.isEqualTo(3);
	}

	@Test
	void refusesAPersistedQueryWhoseHashIsNotItsText() {
		post("{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"00\"}}}")
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
	}

	@Test
	void servesTheSdlAtAStableUrl() {
		byte[] sdl = client.get()
			.uri("/graphql/schema.graphqls")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.expectBody()
			.returnResult()
			.getResponseBody();

		assertThat(text(sdl)).contains("type Query {", "type Mutation {");
	}

	@Test
	void answersACorsPreflightFromAnAllowedOrigin() {
		client.method(HttpMethod.OPTIONS)
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://app.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,authorization")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.example.com");
	}

	@Test
	void refusesACorsPreflightFromAnotherOrigin() {
		client.method(HttpMethod.OPTIONS)
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://evil.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void refusesABodyOverTheLimitWith413AsAGraphQlError() {
		String large = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + "a".repeat(2048) + "\"}}";

		post(large).expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("REQUEST_TOO_LARGE");
	}

	@Test
	void refusesABatchedArrayWithAGraphQlError() {
		post("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BATCH_NOT_SUPPORTED");
	}

	@Test
	void refusesMalformedJsonWithAGraphQlError() {
		post("{\"query\": ").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void refusesAnUnknownOperationNameWith400() {
		post("{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("OPERATION_NOT_FOUND");
	}

	@Test
	void answersAnIntrospectionOfQueryAndMutationTypesTogether() {
		post("{\"query\":\"{ __schema { queryType { name } mutationType { name } } }\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.__schema.mutationType.name")
			.isEqualTo("Mutation");
	}

	@Test
	void refusesAnotherContentTypeWith415() {
		client.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("{ __typename }")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
	}

	private static WebTestClient.ResponseSpec post(String body) {
		return client.post()
			.uri("/graphql")
			.header(HttpHeaders.AUTHORIZATION, GraphQlOnFakeMautic.AUTHORIZATION)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static java.net.URI graphQl(Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(fixture.gateway().url() + "/graphql");
		parameters.forEach((name, value) -> uri.queryParam(name, "{" + name + "}"));
		return uri.encode().buildAndExpand(parameters).toUri();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
