package org.mauticapi.gateway.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.RequestBodySpec;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Requests the contract does not allow are answered 400 in Mautic's envelope, naming the
 * parameter, and never reach Mautic.
 */
class RequestValidationTests {

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic), "mautic.max-body-size=2KB");
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	@BeforeEach
	void reset() {
		mautic.resetAll();
		mautic.stubFor(any(anyUrl())
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
	}

	static Stream<Arguments> invalidRequests() {
		return Stream.of(arguments("GET", "/api/contacts?limit=abc", null, null, "limit"),
				arguments("GET", "/api/contacts?where%5B0%5D%5Bcol%5D=email&where%5B0%5D%5Bexpr%5D=bogus", null, null,
						"where[0][expr]"),
				arguments("GET",
						"/api/contacts?where%5B0%5D%5Bcol%5D=email&where%5B0%5D%5Bexpr%5D=eq"
								+ "&where%5B0%5D%5Bval%5D=x&where%5B0%5D%5Bcol%5D%5Bsql%5D=1",
						null, null, "where[0][col][sql]"),
				arguments("GET",
						"/api/contacts?where%5B0%5D%5Bcol%5D=email&where%5B0%5D%5Bexpr%5D=eq"
								+ "&where%5B0%5D%5Binjected%5D=1",
						null, null, "where[0][injected]"),
				arguments("GET", "/api/contacts?nonsense=1", null, null, "nonsense"),
				arguments("GET", "/api/contacts/99999999999999999999999", null, null, "id"),
				arguments("POST", "/api/contacts/new", MediaType.APPLICATION_JSON, "{\"email\": ", "body"),
				arguments("POST", "/api/contacts/batch/new", MediaType.APPLICATION_JSON, "{\"email\":\"a@b.c\"}",
						"body"),
				arguments("PATCH", "/api/contacts/batch/edit", MediaType.APPLICATION_JSON, "[{\"email\":\"a@b.c\"}]",
						"[0][id]"),
				arguments("GET", "/api/contacts?limit=1&limit=2", null, null, "limit"),
				arguments("GET", "/api/contacts/1", MediaType.APPLICATION_JSON, "{\"a\":1}", "body"));
	}

	@ParameterizedTest(name = "{0} {1} -> 400 naming {4}")
	@MethodSource("invalidRequests")
	void refusesWithoutCallingMautic(String method, String uri, MediaType type, String body, String parameter) {
		RequestBodySpec request = gateway.client()
			.method(HttpMethod.valueOf(method))
			.uri(URI.create(gateway.url() + uri));
		if (type != null) {
			request.contentType(type).bodyValue(body.getBytes(StandardCharsets.UTF_8));
		}

		request.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].code")
			.isEqualTo(400)
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains(parameter))
			.jsonPath("$.errors[0].details['" + parameter + "']")
			.isArray();

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesABodyMauticCannotRead() {
		gateway.client()
			.post()
			.uri("/api/contacts/new")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("email=a@example.com")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.errors[0].code")
			.isEqualTo(415);

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void refusesABodyLargerThanTheLimitWith413() {
		String big = "{\"email\":\"a@example.com\",\"notes\":\"" + "x".repeat(4096) + "\"}";

		gateway.client()
			.post()
			.uri("/api/contacts/new")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(big)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].type")
			.isEqualTo("request_too_large");

		mautic.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void leavesToMauticWhatMauticAnswersItselfWithAClearError() {
		gateway.client()
			.post()
			.uri("/api/contacts/new")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"email\":\"test@mautic.api\"}")
			.exchange()
			.expectStatus()
			.isOk();
		gateway.client().delete().uri("/api/contacts/batch/delete").exchange().expectStatus().isOk();

		mautic.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void letsAValidRequestThrough() {
		gateway.client()
			.get()
			.uri(URI.create(gateway.url() + "/api/contacts?search=email%3A%2Aexample.com&limit=5&orderBy=id"
					+ "&orderByDir=DESC&where%5B0%5D%5Bcol%5D=points&where%5B0%5D%5Bexpr%5D=gte&where%5B0%5D%5Bval%5D=10"))
			.exchange()
			.expectStatus()
			.isOk();

		mautic.verify(1, anyRequestedFor(anyUrl()));
	}

}
