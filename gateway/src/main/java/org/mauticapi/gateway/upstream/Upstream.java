package org.mauticapi.gateway.upstream;

import java.net.URI;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import org.mauticapi.gateway.config.Redaction;
import org.mauticapi.gateway.config.UpstreamAuthProperties.Mode;
import org.mauticapi.gateway.config.UpstreamCallProperties;
import org.mauticapi.gateway.upstream.UpstreamFailure.Kind;
import org.mauticapi.gateway.upstream.UpstreamFailures.RetryableStatus;

/**
 * One Mautic behind the gateway. {@link #call(UpstreamRequest)} sends a request as the caller wrote it and answers
 * the upstream's status, headers and body bytes unchanged, or fails with an {@link UpstreamFailure}: each attempt
 * is bounded by a timeout and counted by the circuit breaker, and reads are retried with backoff.
 */
public final class Upstream {

	private static final byte[] NO_BODY = new byte[0];

	private final String name;

	private final String baseUrl;

	private final Mode authMode;

	private final WebClient client;

	private final UpstreamCredentials credentials;

	private final CircuitBreaker circuitBreaker;

	private final UpstreamCallProperties calls;

	private final UpstreamMetrics metrics;

	Upstream(String name, URI baseUrl, Mode authMode, WebClient client, UpstreamCredentials credentials,
			CircuitBreaker circuitBreaker, UpstreamCallProperties calls, UpstreamMetrics metrics) {
		this.name = name;
		this.baseUrl = withoutTrailingSlash(baseUrl.toString());
		this.authMode = authMode;
		this.client = client;
		this.credentials = credentials;
		this.circuitBreaker = circuitBreaker;
		this.calls = calls;
		this.metrics = metrics;
	}

	public String name() {
		return this.name;
	}

	/**
	 * Whether callers must present a gateway API key, because the gateway sends its own credentials upstream.
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
	 * Sends the request upstream.
	 * @param request the request
	 * @return the answer, or an {@link UpstreamFailure}
	 */
	public Mono<UpstreamAnswer> call(UpstreamRequest request) {
		Mono<UpstreamAnswer> attempt = Mono.defer(() -> authorizedAttempt(request))
			.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker));
		if (request.idempotentRead() && this.calls.retries() > 0) {
			attempt = attempt
				.retryWhen(Retry.backoff(this.calls.retries(), this.calls.retryBackoff())
					.filter(UpstreamFailures::retryable)
					.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
				// After the last attempt a proxy's 502/503/504 goes to the caller like any answer (if it is Mautic's JSON).
				.onErrorResume(RetryableStatus.class, (status) -> Mono.just(requireMautic(status.answer())));
		}
		return attempt.onErrorMap((error) -> UpstreamFailures.classify(error, this.name))
			.transform((answer) -> this.metrics.timed(this.name, request, answer));
	}

	private Mono<UpstreamAnswer> authorizedAttempt(UpstreamRequest request) {
		return this.credentials.authorization(request)
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap((authorization) -> send(request, authorization.orElse(null)).flatMap((answer) -> {
				// A refused token is renewed and the call made once more: Mautic checks credentials before doing
				// anything, so even a write is safe to repeat after a 401.
				if (answer.status() == 401 && authorization.isPresent() && this.credentials.renew(authorization.get())) {
					return this.credentials.authorization(request).flatMap((renewed) -> send(request, renewed));
				}
				return Mono.just(answer);
			}))
			.map((answer) -> {
				if (request.idempotentRead() && isProxyFailure(answer.status())) {
					throw new RetryableStatus(answer);
				}
				return requireMautic(answer);
			});
	}

	private Mono<UpstreamAnswer> send(UpstreamRequest request, String authorization) {
		return this.client.method(request.method())
			.uri(URI.create(this.baseUrl + request.pathAndQuery()))
			.headers((headers) -> {
				headers.addAll(request.headers());
				headers.set("X-Request-Id", request.requestId());
				if (authorization != null) {
					headers.set(HttpHeaders.AUTHORIZATION, authorization);
				}
			})
			.body((request.body() != null && request.body().length > 0) ? BodyInserters.fromValue(request.body())
					: BodyInserters.empty())
			.exchangeToMono((response) -> response.bodyToMono(byte[].class)
				.defaultIfEmpty(NO_BODY)
				.map((body) -> new UpstreamAnswer(response.statusCode().value(),
						response.headers().asHttpHeaders(), body)))
			.timeout(this.calls.responseTimeout());
	}

	private UpstreamAnswer requireMautic(UpstreamAnswer answer) {
		if (!MauticJsonAnswer.isDocument(answer.body())) {
			throw new UpstreamFailure(Kind.BAD_ANSWER, this.name, "The Mautic upstream '" + this.name
					+ "' answered HTTP " + answer.status() + " with a body that is not Mautic's JSON");
		}
		return answer;
	}

	private static boolean isProxyFailure(int status) {
		return status == 502 || status == 503 || status == 504;
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	@Override
	public String toString() {
		return "Upstream[" + this.name + ", " + displayUrl() + ", " + this.authMode + "]";
	}

}
