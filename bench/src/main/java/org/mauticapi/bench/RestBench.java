package org.mauticapi.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.mauticapi.bench.load.FixedRateLoad;
import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;

/**
 * REST pass-through: the same request, with the same load, directly against an upstream and through the gateway.
 */
final class RestBench {

	/** HTTP Basic {@code admin:mautic}, so that the gateway's passthrough of the caller's credentials is exercised. */
	static final Map<String, String> AUTHORIZATION = Map.of("Authorization", "Basic YWRtaW46bWF1dGlj");

	private final Wrk wrk;

	private final Duration warmup;

	private final Duration duration;

	RestBench(Wrk wrk, Duration warmup, Duration duration) {
		this.wrk = wrk;
		this.warmup = warmup;
		this.duration = duration;
	}

	/**
	 * Drives a request at saturation: a warm-up of each side, then direct and gateway one after the other.
	 * @param key a short name
	 * @param pathAndQuery the request from {@code /api} on
	 * @param upstream the upstream's base URL
	 * @param gateway the gateway's base URL
	 * @return the pair of figures
	 */
	RestPair saturate(String key, String pathAndQuery, URI upstream, URI gateway) {
		URI direct = upstream.resolve(pathAndQuery);
		URI through = gateway.resolve(pathAndQuery);
		Console.step("REST " + pathAndQuery + ": warm-up");
		this.wrk.run(key + "-warmup-gateway", through, this.warmup, AUTHORIZATION, null);
		this.wrk.run(key + "-warmup-direct", direct, this.warmup, AUTHORIZATION, null);
		WrkResult directResult = this.wrk.run(key + "-direct", direct, this.duration, AUTHORIZATION, null);
		Console.detail("direct", describe(directResult));
		WrkResult gatewayResult = this.wrk.run(key + "-gateway", through, this.duration, AUTHORIZATION, null);
		Console.detail("gateway", describe(gatewayResult));
		return new RestPair(key, "GET " + pathAndQuery, directResult, gatewayResult);
	}

	/**
	 * Latency at a fixed rate, open loop: direct first, then through the gateway.
	 * @param pathAndQuery the request
	 * @param rate requests per second
	 * @param upstream the upstream's base URL
	 * @param gateway the gateway's base URL
	 * @param measured how long each side is measured
	 * @return the pair of figures
	 */
	OpenLoopPair fixedRate(String pathAndQuery, double rate, URI upstream, URI gateway, Duration measured) {
		Console.step(String.format("REST %s at a fixed %.0f requests/s, open loop", pathAndQuery, rate));
		Duration warm = Duration.ofSeconds(Math.max(2, this.warmup.toSeconds()));
		LatencyResult direct = FixedRateLoad.run(upstream.resolve(pathAndQuery), AUTHORIZATION, rate, warm, measured);
		Console.detail("direct", describe(direct));
		LatencyResult through = FixedRateLoad.run(gateway.resolve(pathAndQuery), AUTHORIZATION, rate, warm, measured);
		Console.detail("gateway", describe(through));
		return new OpenLoopPair("GET " + pathAndQuery, direct, through);
	}

	static String describe(WrkResult result) {
		return String.format("%,.0f req/s, p50 %.2f ms, p99 %.2f ms%s", result.rps(), result.p50Ms(), result.p99Ms(),
				result.clean() ? "" : ", " + result.errors() + " errors, " + result.non2xx() + " non-2xx answers");
	}

	static String describe(LatencyResult result) {
		return String.format("%,.0f req/s achieved, p50 %.2f ms, p99 %.2f ms, max %.2f ms%s", result.achievedRps(),
				result.p50Ms(), result.p99Ms(), result.maxMs(),
				(result.errors() == 0) ? "" : ", " + result.errors() + " errors");
	}

}
