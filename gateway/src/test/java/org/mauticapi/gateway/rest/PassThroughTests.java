package org.mauticapi.gateway.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import org.mauticapi.gateway.support.FakeMautic;
import org.mauticapi.gateway.support.RunningGateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Mautic answers reaches the caller unchanged, and what the caller sends reaches
 * Mautic unchanged.
 */
class PassThroughTests {

	// Key order, {} and [], string-typed numbers, PHP's escaped slashes and unicode, and
	// odd spacing: a proxy that
	// re-serialised would change every one of them.
	private static final String QUIRKY_LIST = "{\"total\":\"2\",\"contacts\":{\"7\":{\"id\":7,\"fields\":{\"all\":"
			+ "{\"email\":\"a@example.com\",\"website\":\"https:\\/\\/example.com\\/\",\"city\":\"Z\\u00fcrich\","
			+ "\"points\":\"12\",\"ratio\":1.50,\"tags\":[]}}},\"3\":{\"id\":3,\"fields\":{}}}}";

	private static WireMockServer mautic;

	private static RunningGateway gateway;

	@BeforeAll
	static void start() {
		mautic = FakeMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + FakeMautic.url(mautic));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.stop();
	}

	@BeforeEach
	void reset() {
		mautic.resetAll();
	}

	@Test
	void answersMauticsBodyByteForByte() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Mautic-Version", "5.1.0")
			.withHeader("Set-Cookie", "mautic_session=abc; path=/")
			.withBody(QUIRKY_LIST)));

		byte[] body = gateway.client()
			.get()
			.uri("/api/contacts?limit=2")
			.header("Authorization", "Basic YWRtaW46bWF1dGlj")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Mautic-Version", "5.1.0")
			.expectHeader()
			.doesNotExist("Set-Cookie")
			.expectBody()
			.returnResult()
			.getResponseBody();

		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(QUIRKY_LIST);
	}

	@Test
	void answersAHeadWithTheHeadersOfAGet() {
		mautic.stubFor(get(urlEqualTo("/api/contacts/7")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Mautic-Version", "5.1.0")
			.withBody("{\"contact\":{\"id\":7}}")));

		gateway.client()
			.head()
			.uri("/api/contacts/7")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Mautic-Version", "5.1.0")
			.expectBody()
			.isEmpty();
	}

	@Test
	void passesMauticsErrorStatusAndBodyThrough() {
		String notFound = "{\"errors\":[{\"message\":\"Item was not found.\",\"code\":404,\"details\":[]}]}";
		mautic.stubFor(get(urlEqualTo("/api/contacts/999"))
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(notFound)));

		gateway.client()
			.get()
			.uri("/api/contacts/999")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.isEqualTo(notFound);
	}

	@Test
	void forwardsTheQueryInTheOneSpellingPhpReadsAsWhatWasChecked() {
		mautic.stubFor(get(urlPathEqualTo("/api/contacts")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"total\":\"0\",\"contacts\":[]}")));

		gateway.client()
			.get()
			.uri(URI.create(gateway.url() + "/api/contacts?where[0][col]=email&where[0][expr]=eq"
					+ "&where[0][val]=a%2Bb@example.com&orderBy=id&select[]=id&select[]=email&search=a+b"))
			.exchange()
			.expectStatus()
			.isOk();

		mautic.verify(getRequestedFor(urlEqualTo("/api/contacts?where%5B0%5D%5Bcol%5D=email"
				+ "&where%5B0%5D%5Bexpr%5D=eq&where%5B0%5D%5Bval%5D=a%2Bb%40example.com&orderBy=id"
				+ "&select%5B0%5D=id&select%5B1%5D=email&search=a%20b")));
	}

	@Test
	void forwardsAFormBodyInTheOneSpellingPhpReadsAsWhatWasChecked() {
		mautic.stubFor(post(urlEqualTo("/api/contacts/new")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"contact\":{\"id\":9}}")));
		String form = "email=a%40example.com&tags%5B%5D=vip&firstname=Zo%C3%AB";

		gateway.client()
			.post()
			.uri("/api/contacts/new")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.isEqualTo("{\"contact\":{\"id\":9}}");

		mautic.verify(postRequestedFor(urlEqualTo("/api/contacts/new"))
			.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withRequestBody(binaryEqualTo(
					"email=a%40example.com&tags%5B0%5D=vip&firstname=Zo%C3%AB".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void acceptsWhatMauticsPhpApiLibrarySends() {
		mautic.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"contacts\":[]}")));
		// The library puts a DELETE's parameters in the query and a write's in a form
		// body, both with http_build_query.
		String batch = "0%5Bemail%5D=a%40example.com&0%5Btags%5D%5B0%5D=vip&1%5Bemail%5D=b%40example.com";

		gateway.client()
			.delete()
			.uri(URI.create(gateway.url() + "/api/contacts/batch/delete?ids%5B0%5D=50&ids%5B1%5D=55"))
			.exchange()
			.expectStatus()
			.isOk();
		gateway.client()
			.post()
			.uri("/api/contacts/batch/new")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(batch)
			.exchange()
			.expectStatus()
			.isOk();
		gateway.client()
			.patch()
			.uri("/api/contacts/3/edit")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("firstname=Ada&points=12")
			.exchange()
			.expectStatus()
			.isOk();

		mautic.verify(com.github.tomakehurst.wiremock.client.WireMock
			.deleteRequestedFor(urlEqualTo("/api/contacts/batch/delete?ids%5B0%5D=50&ids%5B1%5D=55")));
		mautic.verify(postRequestedFor(urlEqualTo("/api/contacts/batch/new"))
			.withRequestBody(binaryEqualTo(batch.getBytes(StandardCharsets.UTF_8))));
		mautic.verify(
				com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(urlEqualTo("/api/contacts/3/edit"))
					.withHeader("Content-Type", matching("application/x-www-form-urlencoded.*")));
	}

	@Test
	void givesEveryRequestAnIdAndSendsItUpstream() {
		mautic.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"lists\":[],\"total\":0}")));

		gateway.client()
			.get()
			.uri("/api/segments")
			.header("X-Request-Id", "trace-42")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "trace-42");
		String generated = gateway.client()
			.get()
			.uri("/api/segments")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");

		assertThat(generated).isNotBlank().isNotEqualTo("trace-42");
		mautic.verify(getRequestedFor(urlEqualTo("/api/segments")).withHeader("X-Request-Id", equalTo("trace-42")));
		mautic.verify(getRequestedFor(urlEqualTo("/api/segments")).withHeader("X-Request-Id", equalTo(generated)));
	}

	@Test
	void replacesARequestIdThatCouldForgeLogLines() {
		mautic.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"lists\":[],\"total\":0}")));

		String id = gateway.client()
			.get()
			.uri("/api/segments")
			.header("X-Request-Id", "x INFO forged=1")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");

		assertThat(id).doesNotContain(" ").hasSizeGreaterThan(10);
	}

	@Test
	void sendsNoCookieOrHostOfTheCallerUpstream() {
		mautic.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"lists\":[],\"total\":0}")));

		gateway.client().get().uri("/api/segments").header("Cookie", "session=secret").exchange();

		mautic.verify(getRequestedFor(urlEqualTo("/api/segments")).withHeader("Cookie", absent()));
	}

}
