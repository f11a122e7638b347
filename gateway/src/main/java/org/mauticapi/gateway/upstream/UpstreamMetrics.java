package org.mauticapi.gateway.upstream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A timer per upstream operation and outcome:
 * {@code mautic_upstream_calls_seconds{upstream, operation, method, status}}, where
 * status is the upstream's status code, or the failure ({@code timeout},
 * {@code unreachable}, ...).
 */
@Component
public class UpstreamMetrics {

	private final MeterRegistry registry;

	private final TaggedTimers calls;

	public UpstreamMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.calls = new TaggedTimers(registry, "mautic.upstream.calls", "Calls from the gateway to a Mautic upstream",
				"upstream", "operation", "method", "status");
	}

	Mono<UpstreamResponse> timed(String upstream, UpstreamRequest request, Mono<UpstreamResponse> call) {
		return Mono.defer(() -> {
			Timer.Sample sample = Timer.start(this.registry);
			return call.doOnNext((answer) -> record(sample, upstream, request, Integer.toString(answer.status())))
				.doOnError((error) -> record(sample, upstream, request, outcome(error)))
				.doOnCancel(() -> record(sample, upstream, request, "cancelled"));
		});
	}

	private void record(Timer.Sample sample, String upstream, UpstreamRequest request, String status) {
		sample.stop(this.calls.timer(upstream, request.operationId(), request.method().name(), status));
	}

	private static String outcome(Throwable error) {
		return (error instanceof UpstreamFailure failure) ? failure.kind().name().toLowerCase(java.util.Locale.ROOT)
				: "error";
	}

}
