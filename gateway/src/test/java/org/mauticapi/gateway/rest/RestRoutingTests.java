package org.mauticapi.gateway.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.RawHttp;
import org.mauticapi.gateway.support.RunningGateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the REST surface routes: spellings of a path that Mautic or a server in front of it
 * could read otherwise are refused the same way on every route; routes outside the
 * contract are forwarded as Mautic routes them (an id that is not digits included) and
 * counted; Mautic's tracking pixel is forwarded without requiring JSON.
 */
class RestRoutingTests {

	private static CaptureMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url());
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@BeforeEach
	void clear() {
		mautic.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/contacts;jsessionid=1", "/api/contacts/1;x", "/api/contacts%2F1",
			"/api/contacts%5C1", "/api//contacts", "/api/contacts/./1", "/api/contacts/../segments",
			"/api/contacts/%2e%2e/segments", "/api/contacts/%00", "/api/contacts/%zz", "/api/contacts/%FF",
			"/upstreams/default/api/contacts;x", "/api/notes;x" })
	void refusesAPathSpellingMauticCouldReadOtherwiseOnEveryRoute(String path) {
		RawHttp.Answer answer = RawHttp.send(port, "GET", path, null, null);

		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = JsonMapper.shared().readTree(answer.body()).at("/errors/0");
		assertThat(error.get("type").asString()).isEqualTo("invalid_request");
		assertThat(error.get("message").asString()).startsWith("path: ");
		assertThat(answer.head()).containsIgnoringCase("X-Request-Id");
		assertThat(mautic.captured()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/contacts/abc", "/api/segments/batch/edit", "/api/notes/new", "/api/fields/contact",
			"/api/companies/3/delete", "/api/points/groups" })
	void forwardsARouteOutsideTheContractAsSent(String path) {
		RawHttp.Answer answer = RawHttp.send(port, "GET", path + "?limit=2", null, null);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(mautic.captured()).singleElement()
			.satisfies((captured) -> assertThat(captured.uri()).isEqualTo(path + "?limit=2"));
		assertThat(prometheus())
			.containsPattern("mautic_gateway_unrouted_requests_total\\{outcome=\"forwarded\"} [1-9]");
	}

	@Test
	void forwardsARouteOutsideTheContractWithItsBody() {
		byte[] body = "{\"lead\": 1, \"text\": \"Called\", \"type\": \"call\"}".getBytes();

		RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/notes/new", "application/json", body);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(mautic.captured()).singleElement().satisfies((captured) -> {
			assertThat(captured.body()).isEqualTo(body);
			assertThat(captured.contentType()).isEqualTo("application/json");
		});
	}

	@Test
	void checksTheListParametersOfARouteOutsideTheContract() {
		RawHttp.Answer answer = RawHttp.send(port, "GET",
				"/api/companies?where[0][col]=companyname&where[0][expr]=eq&where[0][val]=x&where[0][internal]=1", null,
				null);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("where[0][internal]");
		assertThat(mautic.captured()).isEmpty();
	}

	@Test
	void forwardsMauticsTrackingPixelWhoseAnswerIsNoJson() {
		RawHttp.Answer answer = RawHttp.send(port, "GET", "/mtracking.gif?page_url=https%3A%2F%2Fexample.com%2F", null,
				null);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(mautic.captured()).singleElement()
			.satisfies((captured) -> assertThat(captured.uri()).startsWith("/mtracking.gif?page_url="));
	}

	@Test
	void answersAHeadWithoutABody() {
		RawHttp.Answer answer = RawHttp.send(port, "HEAD", "/api/contacts/1", null, null);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).isEmpty();
		assertThat(mautic.captured()).singleElement()
			.satisfies((captured) -> assertThat(captured.method()).isEqualTo("GET"));
	}

	private static String prometheus() {
		return gateway.client()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
