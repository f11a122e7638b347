package org.mauticapi.bench.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a started server answers 200 on a readiness URL, and says how long that
 * took.
 */
public final class Readiness {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private Readiness() {
	}

	/**
	 * Polls the URL every 20 ms until it answers 200.
	 * @param process the process that serves it (its death ends the wait)
	 * @param url the readiness URL
	 * @param startedNanos when the process was started ({@link System#nanoTime()})
	 * @param timeout how long to wait at most
	 * @return milliseconds from the start to the first 200
	 * @throws IllegalStateException when the process dies or the timeout passes (with
	 * where its log is)
	 */
	public static double await(ManagedProcess process, URI url, long startedNanos, Duration timeout) {
		long deadline = startedNanos + timeout.toNanos();
		// The sandbox has no health endpoint: an API read with its demo credentials tells
		// that it is up.
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(2))
			.header("Authorization", "Basic YWRtaW46bWF1dGlj")
			.GET()
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(process.name() + " stopped before it was ready; see " + process.log());
			}
			try {
				if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return (System.nanoTime() - startedNanos) / 1e6;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + process.name(), ex);
			}
			sleep(20);
		}
		throw new IllegalStateException(
				process.name() + " was not ready within " + timeout.toSeconds() + " s; see " + process.log());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
