package org.mauticapi.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request at a time, timed: for wall times of single requests (a fan-out query, one
 * upstream round trip) rather than throughput.
 */
public final class Probe {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	/**
	 * Sends one request and waits for the whole answer.
	 * @param url the URL
	 * @param headers request headers
	 * @param postBody a body to POST, or null to GET
	 * @return the answer and how long it took
	 */
	public Timed send(URI url, Map<String, String> headers, @Nullable String postBody) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60));
		headers.forEach(request::header);
		request.method((postBody != null) ? "POST" : "GET", (postBody != null)
				? HttpRequest.BodyPublishers.ofString(postBody) : HttpRequest.BodyPublishers.noBody());
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Timed(response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Request to " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * A timed answer.
	 *
	 * @param status the status
	 * @param body the body
	 * @param millis wall time from sending to the last byte
	 */
	public record Timed(int status, String body, double millis) {

	}

}
