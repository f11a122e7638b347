package org.mauticapi.sandbox.tracking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.SandboxApplication;
import org.mauticapi.sandbox.support.SandboxCalls;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=mautic-sandbox", "sandbox.seed=empty" })
class TrackingPixelIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private SandboxCalls api;

	@BeforeEach
	void connect() {
		this.api = SandboxCalls.onPort(this.port);
	}

	@Test
	void aVisitGetsTheGifAndMakesAnAnonymousContactWithAPageHit() throws IOException, InterruptedException {
		long before = this.api.get("/contacts?limit=1").body().path("total").asLong();

		HttpResponse<byte[]> pixel = pixel("GuzzleHttp/7");

		assertThat(pixel.statusCode()).isEqualTo(200);
		assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
		assertThat(pixel.body()).hasSize(43);
		assertThat(this.api.get("/contacts?limit=1").body().path("total").asLong()).isEqualTo(before + 1);
		JsonNode hits = this.api.get("/contacts/activity?filters[includeEvents][]=page.hit").body();
		assertThat(hits.path("events").get(0).path("event").asString()).isEqualTo("page.hit");
		assertThat(hits.path("events").get(0).path("details").path("hit").path("query").path("url").asString())
			.isEqualTo("http://mautic.org");
	}

	@Test
	void robotsGetTheGifButAreNotTracked() throws IOException, InterruptedException {
		long before = this.api.get("/contacts?limit=1").body().path("total").asLong();

		HttpResponse<byte[]> pixel = pixel("curl/8.5.0");

		assertThat(pixel.statusCode()).isEqualTo(200);
		assertThat(this.api.get("/contacts?limit=1").body().path("total").asLong()).isEqualTo(before);
	}

	private HttpResponse<byte[]> pixel(String userAgent) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/mtracking.gif?url=http%3A%2F%2Fmautic.org"))
			.header("User-Agent", userAgent)
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
