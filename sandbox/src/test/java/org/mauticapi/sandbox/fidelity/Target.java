package org.mauticapi.sandbox.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A Mautic to run scenarios against, real or the sandbox: where it is, the API user, and
 * how its segment rebuild job runs.
 *
 * @param name a name for reports
 * @param baseUrl the base URL, without {@code /api}
 * @param credentials {@code user:password}
 * @param segmentRebuild runs the segment rebuild job
 */
public record Target(String name, String baseUrl, String credentials, Runnable segmentRebuild) {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/**
	 * The sandbox, whose rebuild job is its own endpoint
	 * {@code POST /api/sandbox/segments/rebuild}.
	 * @param baseUrl the sandbox's base URL
	 * @param credentials its API user
	 * @return the target
	 */
	public static Target sandbox(String baseUrl, String credentials) {
		Target[] self = new Target[1];
		self[0] = new Target("sandbox", baseUrl, credentials, () -> {
			Exchange.Response rebuilt = self[0]
				.send(new Exchange.Request("POST", "/api/sandbox/segments/rebuild", List.of(), null, null, "basic"));
			if (rebuilt.status() != 200) {
				throw new IllegalStateException("The sandbox's segment rebuild answered " + rebuilt.status());
			}
		});
		return self[0];
	}

	/**
	 * Sends a request.
	 * @param request the request, placeholders filled in
	 * @return the answer; a body that is not JSON is kept as a string node
	 */
	public Exchange.Response send(Exchange.Request request) {
		StringBuilder uri = new StringBuilder(this.baseUrl).append(request.path());
		String separator = "?";
		for (List<String> pair : request.query()) {
			uri.append(separator)
				.append(URLEncoder.encode(pair.get(0), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pair.get(1), StandardCharsets.UTF_8));
			separator = "&";
		}
		JsonNode body = request.body();
		HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body.isString() ? body.asString() : body.toString());
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri.toString()))
			.timeout(Duration.ofSeconds(120))
			.method(request.method(), publisher);
		if (body != null && request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		if (!request.auth().equals("none")) {
			String pair = request.auth().equals("wrong") ? this.credentials.split(":")[0] + ":wrong" : this.credentials;
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			return new Exchange.Response(response.statusCode(), contentType.replaceFirst(";.*", ""),
					json(response.body(), contentType));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(String body, String contentType) {
		if (!contentType.contains("json")) {
			return JsonNodeFactory.instance.nullNode();
		}
		try {
			return JsonMapper.shared().readTree(body);
		}
		catch (RuntimeException ex) {
			return JsonNodeFactory.instance.stringNode("<not JSON> " + body);
		}
	}

}
