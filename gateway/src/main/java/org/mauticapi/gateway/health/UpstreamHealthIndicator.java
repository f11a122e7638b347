package org.mauticapi.gateway.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import org.mauticapi.gateway.upstream.Upstream;
import org.mauticapi.gateway.upstream.UpstreamFailure;
import org.mauticapi.gateway.upstream.UpstreamRequest;
import org.mauticapi.gateway.upstream.Upstreams;

/**
 * Whether each upstream answers: {@code /actuator/health}'s {@code upstream} component.
 * Any JSON answer counts, a 401 included (in passthrough mode the check has no
 * credentials). An unreachable upstream is reported as {@code UNREACHABLE}, which the
 * configuration maps to 200: the gateway itself stays healthy and keeps answering 502/504
 * quickly, so restarting it would not help. The result is kept for a few seconds, so that
 * frequent probes do not become calls to Mautic; details are shown only to a caller with
 * a gateway API key.
 */
@Component
public class UpstreamHealthIndicator implements ReactiveHealthIndicator {

	/** The status of an upstream the gateway cannot reach. */
	public static final Status UNREACHABLE = new Status("UNREACHABLE", "An upstream does not answer");

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

	// A probe hitting /actuator/health every second must not make a call to every
	// upstream every second.
	private static final Duration CACHED_FOR = Duration.ofSeconds(5);

	private final Upstreams upstreams;

	private final Mono<Health> cached;

	public UpstreamHealthIndicator(Upstreams upstreams) {
		this.upstreams = upstreams;
		this.cached = Mono.defer(this::check).cache(CACHED_FOR);
	}

	@Override
	public Mono<Health> health() {
		return this.cached;
	}

	private Mono<Health> check() {
		return Flux.fromIterable(this.upstreams.all()).flatMap(this::check).collectList().map((checks) -> {
			Map<String, Object> details = new LinkedHashMap<>();
			checks.forEach((check) -> details.put(check.name(), check.details()));
			boolean allUp = checks.stream().allMatch(Check::reachable);
			return Health.status(allUp ? Status.UP : UNREACHABLE).withDetails(details).build();
		});
	}

	private Mono<Check> check(Upstream upstream) {
		UpstreamRequest probe = new UpstreamRequest("healthCheck", HttpMethod.GET, "/api/segments?limit=1",
				new HttpHeaders(), null, null, "health-check");
		long start = System.nanoTime();
		return upstream.call(probe).timeout(CHECK_TIMEOUT).map((answer) -> {
			Map<String, Object> details = details(upstream, start);
			details.put("status", "UP");
			details.put("httpStatus", answer.status());
			String version = answer.headers().getFirst("Mautic-Version");
			if (version != null) {
				details.put("mauticVersion", version);
			}
			return new Check(upstream.name(), true, details);
		}).onErrorResume((error) -> {
			Map<String, Object> details = details(upstream, start);
			details.put("status", UNREACHABLE.getCode());
			details.put("error", (error instanceof UpstreamFailure failure) ? failure.getMessage()
					: "The upstream did not answer within " + CHECK_TIMEOUT.toSeconds() + " s");
			return Mono.just(new Check(upstream.name(), false, details));
		});
	}

	private static Map<String, Object> details(Upstream upstream, long start) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("url", upstream.displayUrl());
		details.put("authMode", upstream.serviceMode() ? "service" : "passthrough");
		details.put("circuitBreaker", upstream.circuitState().name());
		details.put("ms", (System.nanoTime() - start) / 1_000_000);
		return details;
	}

	private record Check(String name, boolean reachable, Map<String, Object> details) {
	}

}
