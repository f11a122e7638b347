package org.mauticapi.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * An open-loop load generator: sends requests at a fixed rate whatever the server does
 * (wrk 4 cannot), and records each latency from the request's intended send time in an
 * HdrHistogram. Used to measure latency at a rate the server sustains, directly and
 * through the gateway alike.
 */
public final class FixedRateLoad {

	private FixedRateLoad() {
	}

	/**
	 * Runs load at a fixed rate.
	 * @param url the URL to GET
	 * @param headers request headers
	 * @param rate requests per second
	 * @param warmup how long to send before measuring
	 * @param duration how long to measure
	 * @return the figures
	 */
	public static LatencyResult run(URI url, Map<String, String> headers, double rate, Duration warmup,
			Duration duration) {
		ConnectionProvider pool = ConnectionProvider.builder("bench-open-loop")
			.maxConnections(1024)
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(Duration.ofSeconds(60))
			.build();
		try {
			HttpClient client = HttpClient.create(pool)
				.headers((given) -> headers.forEach(given::set))
				.responseTimeout(Duration.ofSeconds(30));
			return drive(client, url.toString(), rate, warmup, duration);
		}
		finally {
			pool.disposeLater().block(Duration.ofSeconds(10));
		}
	}

	private static LatencyResult drive(HttpClient client, String url, double rate, Duration warmup, Duration duration) {
		long warmupCount = (long) (rate * warmup.toNanos() / 1e9);
		long total = warmupCount + (long) (rate * duration.toNanos() / 1e9);
		double intervalNanos = 1e9 / rate;
		Recorder recorder = new Recorder(3);
		AtomicLong errors = new AtomicLong();
		AtomicLong lastCompletion = new AtomicLong();
		CountDownLatch done = new CountDownLatch((int) total);
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		for (long i = 0; i < total; i++) {
			long intended = start + (long) (i * intervalNanos);
			for (long now = System.nanoTime(); now < intended; now = System.nanoTime()) {
				LockSupport.parkNanos(intended - now);
			}
			boolean measured = i >= warmupCount;
			client.get()
				.uri(url)
				.response((response, body) -> body.then(Mono.just(response.status().code())))
				.single()
				.subscribe((status) -> {
					long finished = System.nanoTime();
					if (measured) {
						if (status >= 200 && status < 300) {
							recorder.recordValue(finished - intended);
						}
						else {
							errors.incrementAndGet();
						}
						lastCompletion.accumulateAndGet(finished, Math::max);
					}
					done.countDown();
				}, (error) -> {
					if (measured) {
						errors.incrementAndGet();
					}
					done.countDown();
				});
		}
		await(done);
		Histogram histogram = recorder.getIntervalHistogram();
		long measuredStart = start + (long) (warmupCount * intervalNanos);
		double seconds = Math.max(1, lastCompletion.get() - measuredStart) / 1e9;
		return new LatencyResult(rate, histogram.getTotalCount() / seconds, histogram.getTotalCount(), errors.get(),
				ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(90)),
				ms(histogram.getValueAtPercentile(99)), ms(histogram.getValueAtPercentile(99.9)),
				ms(histogram.getMaxValue()));
	}

	private static void await(CountDownLatch done) {
		try {
			if (!done.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException(done.getCount() + " requests were still unanswered after 60 s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for answers", ex);
		}
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
