package org.mauticapi.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.load.FixedRateLoad;
import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.bench.report.Figures.CpuPerRequest;
import org.mauticapi.bench.report.Figures.NginxRun;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;

/**
 * REST pass-through: the same request, with the same load, directly against an upstream,
 * through nginx and through the gateway.
 */
final class RestBench {

	/**
	 * HTTP Basic {@code admin:mautic}, so that the gateway's passthrough of the caller's
	 * credentials is exercised.
	 */
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
	 * Drives a request at saturation: a warm-up of each side, then direct, through nginx
	 * (when given) and through the gateway, one after the other, each with the CPU time
	 * it cost.
	 * @param key a short name
	 * @param pathAndQuery the request from {@code /api} on
	 * @param upstream the upstream
	 * @param gateway the gateway in front of it
	 * @param nginx nginx in front of the same upstream, or null
	 * @return the figures
	 */
	RestPair saturate(String key, String pathAndQuery, Started upstream, Started gateway, @Nullable Started nginx) {
		URI direct = upstream.baseUrl().resolve(pathAndQuery);
		URI through = gateway.baseUrl().resolve(pathAndQuery);
		Console.step("REST " + pathAndQuery);
		this.wrk.run(key + "-warmup-gateway", through, this.warmup, AUTHORIZATION, null);
		this.wrk.run(key + "-warmup-direct", direct, this.warmup, AUTHORIZATION, null);
		if (nginx != null) {
			this.wrk.run(key + "-warmup-nginx", nginx.baseUrl().resolve(pathAndQuery), this.warmup, AUTHORIZATION,
					null);
		}
		// The gateway may still be compiling what its warm-up left it: its CPU would
		// otherwise slow the other runs.
		awaitQuiet(gateway);
		Measured directRun = measure(key + "-direct", direct, upstream, null);
		Console.detail("direct", describe(directRun.result()) + cpu("upstream", directRun.upstreamMs()));
		NginxRun nginxRun = null;
		if (nginx != null) {
			Measured run = measure(key + "-nginx", nginx.baseUrl().resolve(pathAndQuery), upstream, nginx);
			nginxRun = new NginxRun(run.result(), run.proxyMs(), run.upstreamMs());
			Console.detail("nginx", describe(run.result()) + cpu("nginx", run.proxyMs()));
		}
		awaitQuiet(gateway);
		Measured gatewayRun = measure(key + "-gateway", through, upstream, gateway);
		Console.detail("gateway", describe(gatewayRun.result()) + cpu("gateway", gatewayRun.proxyMs()));
		return new RestPair(key, "GET " + pathAndQuery, directRun.result(), gatewayRun.result(),
				new CpuPerRequest(directRun.upstreamMs(), gatewayRun.proxyMs(), gatewayRun.upstreamMs()), nginxRun);
	}

	// One measured wrk run, with the CPU time per request of the upstream and of the
	// proxy in front of it (if any).
	private Measured measure(String label, URI url, Started upstream, @Nullable Started proxy) {
		if (proxy != null) {
			awaitQuiet(proxy);
		}
		double proxyBefore = (proxy != null) ? proxy.process().cpuMillis() : 0;
		double upstreamBefore = upstream.process().cpuMillis();
		WrkResult result = this.wrk.run(label, url, this.duration, AUTHORIZATION, null);
		double proxyMs = (proxy != null) ? perRequest(proxy.process().cpuMillis() - proxyBefore, result) : 0;
		return new Measured(result, proxyMs, perRequest(upstream.process().cpuMillis() - upstreamBefore, result));
	}

	/**
	 * Warms the gateway up until its CPU time per request settles: the JIT compiler needs
	 * far more than a few seconds of load on two busy cores, and figures taken before are
	 * of a JVM still compiling. Rounds of the loads given are repeated until the watched
	 * load's CPU time per request changes by less than 10 % from one round to the next,
	 * or the time allowed is spent.
	 * @param gateway the gateway
	 * @param watched the load whose CPU time per request is watched (run last in each
	 * round, on a quiet gateway)
	 * @param others further loads of each round
	 * @param atMost how long the warm-up may take
	 */
	void warmUp(Started gateway, Supplier<WrkResult> watched, List<Supplier<WrkResult>> others, Duration atMost) {
		Console.step(
				"Warming the gateway up until its CPU time per request settles (at most " + atMost.toSeconds() + " s)");
		long deadline = System.nanoTime() + atMost.toNanos();
		double previous = -1;
		for (int i = 1; System.nanoTime() < deadline; i++) {
			others.forEach(Supplier::get);
			awaitQuiet(gateway);
			double before = gateway.process().cpuMillis();
			WrkResult result = watched.get();
			double perRequest = perRequest(gateway.process().cpuMillis() - before, result);
			Console.detail("round " + i,
					String.format("%,.0f req/s, %.3f ms of gateway CPU per request", result.rps(), perRequest));
			if (previous > 0 && Math.abs(perRequest - previous) / previous < 0.10) {
				return;
			}
			previous = perRequest;
		}
		Console.detail("warm-up", "stopped at the time allowed, before the CPU time per request settled");
	}

	// Waits (at most 15 s) until the gateway has finished what an earlier load left it,
	// so that its CPU time is not
	// counted against the next one: less than a tenth of a core over half a second.
	static void awaitQuiet(Started server) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			double before = server.process().cpuMillis();
			sleep(500);
			if (server.process().cpuMillis() - before < 50) {
				return;
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A warm-up load through the gateway.
	 * @param label a file-name-safe name
	 * @param url the URL
	 * @param round how long
	 * @param headers the headers
	 * @param body a body to POST, or null to GET
	 * @return the load, run when called
	 */
	Supplier<WrkResult> load(String label, URI url, Duration round, Map<String, String> headers, String body) {
		return () -> this.wrk.run(label, url, round, headers, body);
	}

	/**
	 * Latency at a fixed rate, open loop: direct first, then through nginx (when given),
	 * then through the gateway.
	 * @param pathAndQuery the request
	 * @param rate requests per second
	 * @param upstream the upstream's base URL
	 * @param gateway the gateway's base URL
	 * @param nginx nginx's base URL, or null
	 * @param measured how long each side is measured
	 * @return the figures
	 */
	OpenLoopPair fixedRate(String pathAndQuery, double rate, URI upstream, URI gateway, @Nullable URI nginx,
			Duration measured) {
		Console.step(String.format("REST %s at a fixed %.0f requests/s, open loop", pathAndQuery, rate));
		Duration warm = Duration.ofSeconds(Math.max(2, this.warmup.toSeconds()));
		// The generator's own JVM needs warming at the rate too: cold, it falls behind
		// and reports its own backlog.
		FixedRateLoad.run(upstream.resolve(pathAndQuery), AUTHORIZATION, rate, Duration.ZERO, measured);
		LatencyResult direct = FixedRateLoad.run(upstream.resolve(pathAndQuery), AUTHORIZATION, rate, warm, measured);
		Console.detail("direct", describe(direct));
		LatencyResult throughNginx = null;
		if (nginx != null) {
			throughNginx = FixedRateLoad.run(nginx.resolve(pathAndQuery), AUTHORIZATION, rate, warm, measured);
			Console.detail("nginx", describe(throughNginx));
		}
		LatencyResult through = FixedRateLoad.run(gateway.resolve(pathAndQuery), AUTHORIZATION, rate, warm, measured);
		Console.detail("gateway", describe(through));
		if (through.achievedRps() < rate * 0.95) {
			Console.detail("note", "the gateway did not keep up with the rate: its latencies include a backlog");
		}
		return new OpenLoopPair("GET " + pathAndQuery, direct, through, throughNginx);
	}

	static double perRequest(double cpuMillis, WrkResult result) {
		return (result.requests() > 0 && cpuMillis >= 0) ? cpuMillis / result.requests() : -1;
	}

	static String describe(WrkResult result) {
		return String.format("%,.0f req/s, p50 %.2f ms, p99 %.2f ms%s", result.rps(), result.p50Ms(), result.p99Ms(),
				result.clean() ? "" : ", " + result.errors() + " errors, " + result.non2xx() + " non-2xx answers");
	}

	static String cpu(String who, double millis) {
		return String.format(", %s CPU %.3f ms per request", who, millis);
	}

	static String describe(LatencyResult result) {
		return String.format("%,.0f req/s achieved, p50 %.2f ms, p99 %.2f ms, max %.2f ms%s", result.achievedRps(),
				result.p50Ms(), result.p99Ms(), result.maxMs(),
				(result.errors() == 0) ? "" : ", " + result.errors() + " errors");
	}

	private record Measured(WrkResult result, double proxyMs, double upstreamMs) {
	}

}
