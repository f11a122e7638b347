package org.mauticapi.bench.upstream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import org.mauticapi.bench.upstream.ExampleAnswers.Route;
import org.mauticapi.contract.MauticApiContract;

/**
 * A Mautic stand-in that costs next to nothing: every documented operation is answered
 * with its documented example (bytes prepared once, lists synthesised to the size asked
 * for) after a fixed delay that holds no thread. It counts the API requests it answers,
 * so that a benchmark counts upstream calls independently of the gateway.
 *
 * <p>
 * Besides {@code /api/...}: {@code GET /__ready} (200 once listening),
 * {@code GET /__stats} (the API requests answered since the last call, as
 * {@code {"requests": n}}, and resets the count), {@code GET /__delay?ms=N} (sets the
 * delay).
 */
public final class FixedLatencyUpstream implements AutoCloseable {

	private static final byte[] NOT_FOUND = """
			{"errors":[{"message":"Route not found","code":404,"type":null}]}""".getBytes(StandardCharsets.UTF_8);

	private final ExampleAnswers answers;

	private final SyntheticLists lists;

	private final AtomicLong requests = new AtomicLong();

	private volatile Duration delay;

	private final DisposableServer server;

	private FixedLatencyUpstream(ExampleAnswers answers, int contacts, Duration delay, int port) {
		this.answers = answers;
		this.lists = new SyntheticLists(answers, contacts);
		this.delay = delay;
		this.server = HttpServer.create().host("127.0.0.1").port(port).handle(this::handle).bindNow();
	}

	/**
	 * Starts an upstream on loopback.
	 * @param port the port, or 0 for a free one
	 * @param delay how long each API answer is held back
	 * @param contacts how many contacts the upstream pretends to hold
	 * @return the running upstream
	 */
	public static FixedLatencyUpstream start(int port, Duration delay, int contacts) {
		return new FixedLatencyUpstream(ExampleAnswers.of(MauticApiContract.load()), contacts, delay, port);
	}

	public int port() {
		return this.server.port();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * Runs an upstream until the process is stopped: {@code --port=N} (0: a free one,
	 * printed), {@code --delay-ms=N} (0), {@code --contacts=N} (1000).
	 * @param args the options
	 */
	public static void main(String[] args) {
		Map<String, String> options = Options.parse(args);
		FixedLatencyUpstream upstream = start(Integer.parseInt(options.getOrDefault("port", "0")),
				Duration.ofMillis(Long.parseLong(options.getOrDefault("delay-ms", "0"))),
				Integer.parseInt(options.getOrDefault("contacts", "1000")));
		System.out.println("Fixed-latency upstream listening on " + upstream.baseUrl());
		upstream.server.onDispose().block();
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		String path = uri.path();
		if (path.startsWith("/__")) {
			return request.receive().then(control(path, uri.parameters(), response));
		}
		Route route = this.answers.route(request.method().name(), path).orElse(null);
		if (route == null) {
			return request.receive().then(send(response, 404, NOT_FOUND));
		}
		this.requests.incrementAndGet();
		byte[] body = body(route, uri.parameters());
		Duration wait = this.delay;
		Mono<Void> answer = send(response, route.status(), body);
		return request.receive().then(wait.isZero() ? answer : Mono.delay(wait).then(answer));
	}

	private byte[] body(Route route, Map<String, List<String>> query) {
		return switch (route.operationId()) {
			case "listContacts" -> this.lists.contacts(intParameter(query, "start", 0),
					intParameter(query, "limit", SyntheticLists.DEFAULT_LIMIT));
			case "listSegments" -> this.lists.segments(query.getOrDefault("search", List.of("")).get(0));
			default -> route.body();
		};
	}

	private Mono<Void> control(String path, Map<String, List<String>> query, HttpServerResponse response) {
		return switch (path) {
			case "/__ready" -> send(response, 200, "{\"ready\":true}".getBytes(StandardCharsets.UTF_8));
			case "/__stats" -> send(response, 200,
					("{\"requests\":" + this.requests.getAndSet(0) + "}").getBytes(StandardCharsets.UTF_8));
			case "/__delay" -> {
				this.delay = Duration.ofMillis(intParameter(query, "ms", 0));
				yield send(response, 200,
						("{\"delayMs\":" + this.delay.toMillis() + "}").getBytes(StandardCharsets.UTF_8));
			}
			default -> send(response, 404, NOT_FOUND);
		};
	}

	private static Mono<Void> send(HttpServerResponse response, int status, byte[] body) {
		return response.status(HttpResponseStatus.valueOf(status))
			.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
			.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
			.then();
	}

	private static int intParameter(Map<String, List<String>> query, String name, int fallback) {
		List<String> values = query.get(name);
		if (values == null || values.isEmpty()) {
			return fallback;
		}
		try {
			return Integer.parseInt(values.get(0));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
