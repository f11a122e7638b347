package org.mauticapi.bench.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;

/**
 * The figures one section of a run measured.
 */
public final class Figures {

	private Figures() {
	}

	/**
	 * One REST request at saturation, directly against the upstream and through the gateway.
	 *
	 * @param key a short name for the JSON file ({@code get_contact})
	 * @param request the request as shown ({@code GET /api/contacts/47})
	 * @param direct wrk against the upstream
	 * @param gateway wrk against the gateway
	 * @param cpu CPU time per request of the servers during the two runs
	 */
	public record RestPair(String key, String request, WrkResult direct, WrkResult gateway, CpuPerRequest cpu) {

		/**
		 * The gateway's throughput as a share of direct.
		 * @return gateway requests/s over direct requests/s
		 */
		public double share() {
			return (this.direct.rps() > 0) ? this.gateway.rps() / this.direct.rps() : 0;
		}

	}

	/**
	 * CPU time per request (user and system, all threads), from the processes' own accounting: less sensitive to
	 * other load on the machine than throughput is.
	 *
	 * @param upstreamDirectMs the upstream's, while called directly
	 * @param gatewayMs the gateway's, while called through it
	 * @param upstreamViaGatewayMs the upstream's, while called through the gateway
	 */
	public record CpuPerRequest(double upstreamDirectMs, double gatewayMs, double upstreamViaGatewayMs) {

	}

	/**
	 * One REST request at a fixed rate, open loop, directly and through the gateway.
	 *
	 * @param request the request as shown
	 * @param direct against the upstream
	 * @param gateway against the gateway
	 */
	public record OpenLoopPair(String request, LatencyResult direct, LatencyResult gateway) {

		public double addedP50Ms() {
			return this.gateway.p50Ms() - this.direct.p50Ms();
		}

		public double addedP99Ms() {
			return this.gateway.p99Ms() - this.direct.p99Ms();
		}

	}

	/**
	 * A GraphQL query at saturation.
	 *
	 * @param key a short name for the JSON file
	 * @param name what the query is
	 * @param query the query
	 * @param result wrk against the gateway
	 * @param upstreamCalls upstream calls one query makes (the upstream's count)
	 * @param gatewayCpuMs the gateway's CPU time per query
	 */
	public record GraphQlRun(String key, String name, String query, WrkResult result, long upstreamCalls,
			double gatewayCpuMs) {

	}

	/**
	 * The 50-contact fan-out against an upstream that answers after a delay.
	 *
	 * @param delayMs the upstream's delay
	 * @param query the query
	 * @param upstreamRttMs the median of direct calls to the upstream
	 * @param wallMs the median wall time of the query
	 * @param wallsMs every measured wall time
	 * @param upstreamCalls upstream calls per query, counted by the upstream
	 * @param reportedCalls upstream calls per query as the gateway reports them in {@code extensions}
	 */
	public record FanOut(long delayMs, String query, double upstreamRttMs, double wallMs, List<Double> wallsMs,
			long upstreamCalls, long reportedCalls) {

		public double roundTrips() {
			return (this.upstreamRttMs > 0) ? this.wallMs / this.upstreamRttMs : 0;
		}

	}

	/**
	 * The gateway's resident memory.
	 *
	 * @param idleMb after start-up, before any request
	 * @param loadMb the highest sampled while load ran
	 * @param afterLoadMb a few seconds after the load ended
	 */
	public record Memory(double idleMb, double loadMb, double afterLoadMb) {

	}

	/**
	 * The gateway run again with a capped heap, under the same loads: what its memory needs, and what the cap costs.
	 *
	 * @param jvmOption the option, e.g. {@code -Xmx256m}
	 * @param idleMb resident memory after start-up
	 * @param loadMb the highest sampled while load ran
	 * @param contactRps {@code GET /api/contacts/47} at saturation
	 * @param contactCpuMs the gateway's CPU time per request meanwhile
	 */
	public record CappedHeap(String jvmOption, double idleMb, double loadMb, double contactRps, double contactCpuMs) {

	}

	/**
	 * The gateway's start-up: from spawning the JVM to readiness answering 200.
	 *
	 * @param runsMs each start against the fixed-latency upstream
	 * @param embeddedDemoMs one start with the embedded demo sandbox, if measured
	 */
	public record Startup(List<Double> runsMs, @Nullable Double embeddedDemoMs) {

		public double medianMs() {
			return median(this.runsMs);
		}

	}

	/**
	 * The median of some values.
	 * @param values the values
	 * @return the median (the mean of the middle two for an even count), or 0 for none
	 */
	public static double median(List<Double> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
