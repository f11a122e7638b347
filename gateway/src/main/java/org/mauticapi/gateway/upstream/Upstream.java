package org.mauticapi.gateway.upstream;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.util.retry.Retry;

import org.springframework.http.HttpHeaders;

import org.mauticapi.gateway.config.Redaction;
import org.mauticapi.gateway.config.UpstreamAuthProperties.Mode;
import org.mauticapi.gateway.config.UpstreamCallProperties;
import org.mauticapi.gateway.upstream.UpstreamFailure.Kind;
import org.mauticapi.gateway.upstream.UpstreamFailures.RetryableStatus;

/**
 * One Mautic behind the gateway. {@link #exchange(UpstreamRequest)} sends a request and
 * answers the upstream's status, headers and body bytes unchanged, or fails with an
 * {@link UpstreamFailure}. Each attempt is bounded by a timeout and by the size of its
 * answer; reads are retried with backoff; the circuit breaker counts only the upstream's
 * own faults (no connection, a timeout, a 502/503/504, an answer that is not Mautic's
 * JSON), never Mautic's answer to a caller's mistake.
 *
 * <p>
 * Calls go through Reactor Netty's client directly: the answer is gathered into one
 * pooled buffer that the REST path writes to its caller without a copy (a profile of the
 * WebClient path showed its codecs and copies as a large part of the gateway's cost per
 * request).
 */
public final class Upstream {

	private final String name;

	private final String baseUrl;

	private final Mode authMode;

	private final HttpClient client;

	private final UpstreamCredentials credentials;

	private final CircuitBreaker circuitBreaker;

	private final UpstreamCallProperties calls;

	private final UpstreamMetrics metrics;

	private final AnswerBudget budget;

	Upstream(String name, URI baseUrl, Mode authMode, HttpClient client, UpstreamCredentials credentials,
			CircuitBreaker circuitBreaker, UpstreamCallProperties calls, UpstreamMetrics metrics, AnswerBudget budget) {
		this.name = name;
		this.baseUrl = withoutTrailingSlash(baseUrl.toString());
		this.authMode = authMode;
		this.client = client;
		this.credentials = credentials;
		this.circuitBreaker = circuitBreaker;
		this.calls = calls;
		this.metrics = metrics;
		this.budget = budget;
	}

	public String name() {
		return this.name;
	}

	/**
	 * Whether callers must present a gateway API key, because the gateway sends its own
	 * credentials upstream.
	 * @return whether the upstream is in service mode
	 */
	public boolean serviceMode() {
		return this.authMode == Mode.SERVICE;
	}

	/**
	 * The base URL as it may be printed: without user information.
	 * @return the printable base URL
	 */
	public String displayUrl() {
		return Redaction.url(URI.create(this.baseUrl));
	}

	public CircuitBreaker.State circuitState() {
		return this.circuitBreaker.getState();
	}

	/**
	 * Sends the request upstream and keeps the answer's body in a pooled buffer.
	 * @param request the request
	 * @return the answer, which the subscriber must {@link UpstreamResponse#release()
	 * release}, or an {@link UpstreamFailure}
	 */
	public Mono<UpstreamResponse> exchange(UpstreamRequest request) {
		Mono<UpstreamResponse> attempt = Mono.defer(() -> guardedAttempt(request));
		if (request.idempotentRead() && this.calls.retries() > 0) {
			attempt = attempt.retryWhen(Retry.backoff(this.calls.retries(), this.calls.retryBackoff())
				.filter(UpstreamFailures::retryable)
				.doBeforeRetry((signal) -> {
					if (signal.failure() instanceof RetryableStatus status) {
						status.response().release();
					}
				})
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()));
		}
		// After the last attempt a proxy's 502/503/504 goes to the caller like any answer
		// (if it is Mautic's JSON).
		attempt = attempt.onErrorResume(RetryableStatus.class,
				(status) -> Mono.fromCallable(() -> requireMautic(status.response())));
		return attempt.onErrorMap((error) -> UpstreamFailures.classify(error, this.name))
			.doOnDiscard(UpstreamResponse.class, UpstreamResponse::release)
			.transform((answer) -> this.metrics.timed(this.name, request, answer));
	}

	/**
	 * Sends the request upstream and copies the answer's body onto the heap.
	 * @param request the request
	 * @return the answer, or an {@link UpstreamFailure}
	 */
	public Mono<UpstreamAnswer> call(UpstreamRequest request) {
		return exchange(request).map(UpstreamResponse::toAnswer);
	}

	// One attempt, counted by the circuit breaker by hand: its Reactor operator would
	// also count Mautic's own answers
	// to a caller's mistakes (a JSON 500) and the cancellations of callers who went away.
	private Mono<UpstreamResponse> guardedAttempt(UpstreamRequest request) {
		if (!this.circuitBreaker.tryAcquirePermission()) {
			return Mono.error(CallNotPermittedException.createCallNotPermittedException(this.circuitBreaker));
		}
		long start = System.nanoTime();
		return authorizedAttempt(request).map((response) -> {
			if (isProxyFailure(response.status()) && request.idempotentRead()) {
				throw new RetryableStatus(response);
			}
			return request.jsonAnswer() ? requireMautic(response) : response;
		}).doOnNext((response) -> {
			if (isProxyFailure(response.status())) {
				this.circuitBreaker.onError(elapsed(start), TimeUnit.NANOSECONDS,
						new UpstreamFailure(Kind.BAD_ANSWER, this.name, "HTTP " + response.status()));
			}
			else {
				this.circuitBreaker.onSuccess(elapsed(start), TimeUnit.NANOSECONDS);
			}
		}).doOnError((error) -> {
			if (UpstreamFailures.isUpstreamFault(error)) {
				this.circuitBreaker.onError(elapsed(start), TimeUnit.NANOSECONDS, error);
			}
			else {
				this.circuitBreaker.releasePermission();
			}
		}).doOnCancel(this.circuitBreaker::releasePermission);
	}

	private static long elapsed(long start) {
		return System.nanoTime() - start;
	}

	private Mono<UpstreamResponse> authorizedAttempt(UpstreamRequest request) {
		return this.credentials.authorization(request)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((authorization) -> send(request, authorization.orElse(null)).flatMap((response) -> {
				// A refused token is renewed and the call made once more: Mautic checks
				// credentials before doing
				// anything, so even a write is safe to repeat after a 401.
				if (response.status() == 401 && authorization.isPresent()
						&& this.credentials.renew(authorization.get())) {
					response.release();
					return this.credentials.authorization(request).flatMap((renewed) -> send(request, renewed));
				}
				return Mono.just(response);
			}));
	}

	private Mono<UpstreamResponse> send(UpstreamRequest request, String authorization) {
		byte[] body = request.body();
		boolean hasBody = body != null && body.length > 0;
		return this.client.request(HttpMethod.valueOf(request.method().name()))
			.uri(this.baseUrl + request.pathAndQuery())
			.send((outbound, out) -> {
				request.headers().forEach((name, values) -> outbound.requestHeaders().add(name, values));
				outbound.requestHeaders().set("X-Request-Id", request.requestId());
				if (authorization != null) {
					outbound.requestHeaders().set(HttpHeaderNames.AUTHORIZATION, authorization);
				}
				if (hasBody) {
					outbound.requestHeaders().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
					return out.sendByteArray(Mono.just(body));
				}
				return Mono.empty();
			})
			.responseConnection(this::gather)
			.next()
			.timeout(this.calls.responseTimeout());
	}

	// The whole answer in one buffer, refused beyond the size of one answer or the budget
	// of all buffered answers.
	private Mono<UpstreamResponse> gather(HttpClientResponse response, Connection connection) {
		long maxBytes = this.calls.maxAnswerSize().toBytes();
		String declared = response.responseHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
		long length = parseLength(declared);
		if (length > maxBytes) {
			connection.dispose();
			return Mono.error(tooLarge(maxBytes));
		}
		AnswerBudget.Lease lease = this.budget.lease();
		ByteBuf content = connection.channel()
			.alloc()
			.heapBuffer((int) Math.max(Math.min((length >= 0) ? length : 4096, maxBytes), 0));
		// Until the answer is handed over, the buffer is this call's to give back; after,
		// its receiver's (the
		// source is cancelled right after the answer, as only one is taken).
		AtomicBoolean handedOver = new AtomicBoolean();
		Runnable giveBack = () -> {
			if (handedOver.compareAndSet(false, true)) {
				content.release();
				lease.close();
			}
		};
		ByteBufFlux chunks = connection.inbound().receive();
		return chunks.doOnNext((chunk) -> {
			int size = chunk.readableBytes();
			if (content.readableBytes() + (long) size > maxBytes) {
				throw tooLarge(maxBytes);
			}
			if (!lease.take(size)) {
				throw new UpstreamFailure(Kind.OVERLOADED_ANSWERS, this.name,
						"The gateway holds as many upstream answers as it may (mautic.calls.max-buffered-answers); "
								+ "try again shortly");
			}
			content.writeBytes(chunk);
		}).then(Mono.fromCallable(() -> {
			if (!handedOver.compareAndSet(false, true)) {
				throw new IllegalStateException("The answer was given back before it was complete");
			}
			return new UpstreamResponse(response.status().code(), headersOf(response), content, lease);
		})).doOnError((error) -> giveBack.run()).doOnCancel(giveBack);
	}

	private UpstreamFailure tooLarge(long maxBytes) {
		return new UpstreamFailure(Kind.ANSWER_TOO_LARGE, this.name, "The Mautic upstream '" + this.name
				+ "' answered more than the " + maxBytes + " bytes the gateway accepts (mautic.calls.max-answer-size)");
	}

	private static long parseLength(String declared) {
		if (declared == null) {
			return -1;
		}
		try {
			return Long.parseLong(declared.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static HttpHeaders headersOf(HttpClientResponse response) {
		HttpHeaders headers = new HttpHeaders();
		response.responseHeaders().forEach((header) -> headers.add(header.getKey(), header.getValue()));
		return headers;
	}

	private UpstreamResponse requireMautic(UpstreamResponse response) {
		if (!MauticJsonAnswer.isDocument(response.content())) {
			int status = response.status();
			response.release();
			// A web server's own refusal of the gateway's request (414, 413, 400) is no
			// fault of the upstream's.
			throw new UpstreamFailure((status >= 500 || status < 400) ? Kind.BAD_ANSWER : Kind.REFUSED_BY_SERVER,
					this.name, "The Mautic upstream '" + this.name + "' answered HTTP " + status
							+ " with a body that is not Mautic's JSON");
		}
		return response;
	}

	private static boolean isProxyFailure(int status) {
		return status == 502 || status == 503 || status == 504;
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * @return the longest an attempt may take
	 */
	Duration responseTimeout() {
		return this.calls.responseTimeout();
	}

	@Override
	public String toString() {
		return "Upstream[" + this.name + ", " + displayUrl() + ", " + this.authMode + "]";
	}

}
