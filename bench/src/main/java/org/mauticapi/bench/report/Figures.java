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
	 * One REST request at saturation, directly against the upstream, through nginx and
	 * through the gateway.
	 *
	 * @param key a short name for the JSON file ({@code get_contact})
	 * @param request the request as shown ({@code GET /api/contacts/47})
	 * @param direct wrk against the upstream
	 * @param gateway wrk against the gateway
	 * @param cpu CPU time per request of the servers during the direct and gateway runs
	 * @param nginx wrk against nginx in front of the same upstream, or null when it was
	 * left out
	 */
	public record RestPair(String key, String request, WrkResult direct, WrkResult gateway, CpuPerRequest cpu,
			@Nullable NginxRun nginx) {

		/**
		 * The gateway's throughput as a share of direct.
		 * @return gateway requests/s over direct requests/s
		 */
		public double share() {
			return (this.direct.rps() > 0) ? this.gateway.rps() / this.direct.rps() : 0;
		}

		/**
		 * The gateway's throughput as a share of nginx's (issue 12).
		 * @return gateway requests/s over nginx's, or null without nginx
		 */
		public @Nullable Double nginxShare() {
			return (this.nginx != null && this.nginx.result().rps() > 0)
					? this.gateway.rps() / this.nginx.result().rps() : null;
		}

		/**
		 * The gateway's CPU time per request as a multiple of nginx's (issue 12).
		 * @return the gateway's over nginx's, or null without nginx
		 */
		public @Nullable Double cpuOverNginx() {
			return (this.nginx != null && this.nginx.nginxCpuMs() > 0) ? this.cpu.gatewayMs() / this.nginx.nginxCpuMs()
					: null;
		}

	}

	/**
	 * CPU time per request (user and system, all threads), from the processes' own
	 * accounting: less sensitive to other load on the machine than throughput is.
	 *
	 * @param upstreamDirectMs the upstream's, while called directly
	 * @param gatewayMs the gateway's, while called through it
	 * @param upstreamViaGatewayMs the upstream's, while called through the gateway
	 */
	public record CpuPerRequest(double upstreamDirectMs, double gatewayMs, double upstreamViaGatewayMs) {

	}

	/**
	 * The same request through nginx.
	 *
	 * @param result wrk against nginx
	 * @param nginxCpuMs nginx's CPU time per request, its master and workers together
	 * @param upstreamCpuMs the upstream's meanwhile
	 */
	public record NginxRun(WrkResult result, double nginxCpuMs, double upstreamCpuMs) {

	}

	/**
	 * One REST request at a fixed rate, open loop, directly, through the gateway and
	 * through nginx.
	 *
	 * @param request the request as shown
	 * @param direct against the upstream
	 * @param gateway against the gateway
	 * @param nginx against nginx, or null when it was left out
	 */
	public record OpenLoopPair(String request, LatencyResult direct, LatencyResult gateway,
			@Nullable LatencyResult nginx) {

		public double addedP50Ms() {
			return this.gateway.p50Ms() - this.direct.p50Ms();
		}

		public double addedP99Ms() {
			return this.gateway.p99Ms() - this.direct.p99Ms();
		}

		/**
		 * What nginx adds to the p99 at the same rate.
		 * @return nginx's p99 less direct's, or null without nginx
		 */
		public @Nullable Double nginxAddedP99Ms() {
			return (this.nginx != null) ? this.nginx.p99Ms() - this.direct.p99Ms() : null;
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
	 * @param reportedCalls upstream calls per query as the gateway reports them in
	 * {@code extensions}
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
	 * @param afterMb {@code afterSeconds} after the load ended
	 * @param afterSeconds how long after the load {@code afterMb} was read
	 */
	public record Memory(double idleMb, double loadMb, double afterMb, long afterSeconds) {

	}

	/**
	 * Starts of the gateway: from spawning {@code bin/mautic-gateway} to readiness
	 * answering 200.
	 *
	 * @param runsMs each start
	 * @param archiveUsed how many of them mapped the class data sharing archive the build
	 * made
	 */
	public record Startup(List<Double> runsMs, int archiveUsed) {

		public Startup {
			runsMs = List.copyOf(runsMs);
		}

		public double medianMs() {
			return median(this.runsMs);
		}

		public double minMs() {
			return this.runsMs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		}

		public double maxMs() {
			return this.runsMs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
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
