package org.mauticapi.sandbox.seed;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A Mautic-compatible API reached over HTTP with HTTP Basic credentials.
 */
final class HttpSeedTarget implements SeedTarget {

	private final WebClient webClient;

	private final String baseUrl;

	HttpSeedTarget(WebClient.Builder webClientBuilder, String baseUrl, String username, String password) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.webClient = webClientBuilder.clone()
			.baseUrl(this.baseUrl)
			.defaultHeaders((headers) -> headers.setBasicAuth(username, password))
			.build();
	}

	@Override
	public Mono<SeedAnswer> send(SeedRequest request) {
		WebClient.RequestBodySpec spec = this.webClient.method(HttpMethod.valueOf(request.method()))
			.uri(request.path());
		JsonNode body = request.body();
		WebClient.RequestHeadersSpec<?> ready = (body != null)
				? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(JsonMapper.shared().writeValueAsBytes(body))
				: spec;
		return ready.exchangeToMono((response) -> response.bodyToMono(String.class)
			.defaultIfEmpty("")
			.map((text) -> new SeedAnswer(response.statusCode().value(), text)));
	}

	@Override
	public String description() {
		return this.baseUrl;
	}

}
