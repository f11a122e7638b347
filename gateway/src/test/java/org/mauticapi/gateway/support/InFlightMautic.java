package org.mauticapi.gateway.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A fake Mautic that shows how many calls are made at once, without measuring time: every
 * held request waits until as many requests as {@link #reset} says are waiting (then all
 * of them are answered) or until {@code holdFor} has passed. When the gateway overlaps
 * its calls up to a bound, the most requests in flight is exactly that bound; when it
 * made them one after another, it would be 1.
 */
public final class InFlightMautic implements AutoCloseable {

	private final DisposableServer server;

	private final Duration holdFor;

	private final Function<String, String> answers;

	private final Predicate<String> held;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final List<Sinks.Empty<Void>> waiting = new ArrayList<>();

	private volatile int releaseAt = Integer.MAX_VALUE;

	private InFlightMautic(Duration holdFor, Predicate<String> held, Function<String, String> answers) {
		this.holdFor = holdFor;
		this.held = held;
		this.answers = answers;
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> held(request.uri()).then(Mono.defer(() -> {
				this.inFlight.decrementAndGet();
				return response.status(HttpResponseStatus.OK)
					.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
					.sendString(Mono.just(this.answers.apply(request.uri())), StandardCharsets.UTF_8)
					.then();
			}))
				.doOnSubscribe(
						(subscription) -> this.requests.computeIfAbsent(request.uri(), (uri) -> new AtomicInteger())
							.incrementAndGet()))
			.bindNow();
	}

	/**
	 * Starts the fake.
	 * @param holdFor how long a request waits at most for the others
	 * @param held which paths and queries are held; the others are answered at once
	 * @param answers the JSON body for a path and query
	 * @return the running fake
	 */
	public static InFlightMautic start(Duration holdFor, Predicate<String> held, Function<String, String> answers) {
		return new InFlightMautic(holdFor, held, answers);
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Forgets what was seen, and holds requests until this many wait.
	 * @param count how many requests are answered together
	 */
	public void reset(int count) {
		this.releaseAt = count;
		this.maxInFlight.set(0);
		this.requests.clear();
	}

	/** The most requests that were in flight at once since the last {@link #reset}. */
	public int maxInFlight() {
		return this.maxInFlight.get();
	}

	/** How often each path and query was requested since the last {@link #reset}. */
	public Map<String, Integer> requests() {
		Map<String, Integer> counts = new ConcurrentHashMap<>();
		this.requests.forEach((uri, count) -> counts.put(uri, count.get()));
		return counts;
	}

	private Mono<Void> held(String uri) {
		int now = this.inFlight.incrementAndGet();
		this.maxInFlight.accumulateAndGet(now, Math::max);
		if (!this.held.test(uri)) {
			return Mono.empty();
		}
		Sinks.Empty<Void> release = Sinks.empty();
		synchronized (this.waiting) {
			this.waiting.add(release);
			if (this.waiting.size() >= this.releaseAt) {
				this.waiting.forEach(Sinks.Empty::tryEmitEmpty);
				this.waiting.clear();
			}
		}
		return release.asMono().timeout(this.holdFor, Mono.fromRunnable(() -> {
			synchronized (this.waiting) {
				this.waiting.remove(release);
			}
		}));
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}
