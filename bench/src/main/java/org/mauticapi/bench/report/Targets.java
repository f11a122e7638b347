package org.mauticapi.bench.report;

import java.util.ArrayList;
import java.util.List;

import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.RestPair;

/**
 * The targets of issues 7, 12, 14 and 17, checked against a run's figures (reported,
 * never asserted).
 */
public final class Targets {

	/** Gateway REST throughput as a share of direct, at least. */
	public static final double MIN_REST_SHARE = 0.40;

	/** p99 latency the gateway adds at half its maximum rate, below (ms). */
	public static final double MAX_ADDED_P99_MS = 5;

	/** Wall time of the 50-contact fan-out, in upstream round trips, at most. */
	public static final double MAX_FANOUT_ROUND_TRIPS = 3;

	/**
	 * Single-contact GraphQL throughput over Hive Gateway's on the same upstream, at
	 * least (issue 14).
	 */
	public static final double MIN_SINGLE_VS_HIVE = 5;

	/**
	 * Gateway CPU per README segment query, at most (ms): half the 15 ms before issue 14.
	 */
	public static final double MAX_SEGMENT_QUERY_CPU_MS = 7.5;

	/**
	 * Wall time of the 50-contact fan-out in upstream round trips, at most (issue 14).
	 */
	public static final double MAX_FANOUT_ROUND_TRIPS_14 = 2.5;

	/**
	 * Upstream calls of the 50-contact fan-out, at most: half of the 101 before issue 14.
	 */
	public static final long MAX_FANOUT_CALLS = 50;

	/** Resident memory under load, below (MB). */
	public static final double MAX_RSS_MB = 400;

	/**
	 * Gateway REST throughput as a share of nginx's on the same upstream, at least (issue
	 * 12).
	 */
	public static final double MIN_NGINX_SHARE = 0.50;

	/** Gateway CPU time per REST request as a multiple of nginx's, at most (issue 12). */
	public static final double MAX_CPU_OVER_NGINX = 3;

	/** Start-up to readiness of the gateway alone, below (ms; issue 17). */
	public static final double MAX_STARTUP_MS = 3000;

	/** Start-up to readiness with the embedded demo sandbox, below (ms; issue 17). */
	public static final double MAX_SANDBOX_STARTUP_MS = 5000;

	private Targets() {
	}

	/**
	 * Each target with what the run measured.
	 * @param report the run
	 * @return the targets of the sections that ran
	 */
	public static List<Target> check(BenchReport report) {
		List<Target> targets = new ArrayList<>();
		for (RestPair pair : report.rest()) {
			targets.add(new Target("REST throughput (" + pair.request() + ") at least 40% of direct",
					percent(pair.share()), pair.share() >= MIN_REST_SHARE));
		}
		nginxTargets(report, targets);
		if (report.openLoop() != null) {
			double added = report.openLoop().addedP99Ms();
			targets.add(new Target("p99 added latency below 5 ms at half the gateway's maximum rate",
					String.format("%+.2f ms", added), added < MAX_ADDED_P99_MS));
		}
		if (report.fanOut() != null) {
			double trips = report.fanOut().roundTrips();
			targets.add(new Target("50-contact fan-out within 3 upstream round trips",
					String.format("%.1f round trips", trips), trips <= MAX_FANOUT_ROUND_TRIPS));
		}
		graphQlTargets(report, targets);
		if (report.memory() != null) {
			double mb = report.memory().loadMb();
			targets.add(new Target("resident memory under load below 400 MB", String.format("%.0f MB", mb),
					mb < MAX_RSS_MB));
		}
		if (report.startup() != null) {
			double ms = report.startup().medianMs();
			targets.add(new Target("start-up to readiness below 3 s", seconds(ms), ms < MAX_STARTUP_MS));
		}
		if (report.sandboxStartup() != null) {
			double ms = report.sandboxStartup().medianMs();
			targets.add(new Target("start-up with the embedded demo sandbox below 5 s", seconds(ms),
					ms < MAX_SANDBOX_STARTUP_MS));
		}
		return targets;
	}

	private static void nginxTargets(BenchReport report, List<Target> targets) {
		for (RestPair pair : report.rest()) {
			Double share = pair.nginxShare();
			if (share != null) {
				targets.add(new Target("REST throughput (" + pair.request() + ") at least 50% of nginx's",
						percent(share), share >= MIN_NGINX_SHARE));
			}
			Double cpu = pair.cpuOverNginx();
			if (cpu != null) {
				targets.add(new Target("gateway CPU per request (" + pair.request() + ") at most 3x nginx's",
						String.format("%.1fx", cpu), cpu <= MAX_CPU_OVER_NGINX));
			}
		}
	}

	private static String seconds(double millis) {
		return String.format("%.2f s", millis / 1000);
	}

	private static void graphQlTargets(BenchReport report, List<Target> targets) {
		GraphQlRun single = find(report, "single");
		GraphQlRun hive = find(report, "single_hive");
		if (single != null && hive != null && hive.result().rps() > 0) {
			double ratio = single.result().rps() / hive.result().rps();
			targets.add(new Target("single-contact GraphQL query at least 5x Hive Gateway's throughput",
					String.format("%.1fx", ratio), ratio >= MIN_SINGLE_VS_HIVE));
		}
		GraphQlRun segment = find(report, "segment_query");
		if (segment != null) {
			targets.add(new Target("README segment query: gateway CPU per query at most 7.5 ms",
					String.format("%.2f ms", segment.gatewayCpuMs()),
					segment.gatewayCpuMs() <= MAX_SEGMENT_QUERY_CPU_MS));
		}
		if (report.fanOut() != null) {
			double trips = report.fanOut().roundTrips();
			targets.add(new Target("50-contact fan-out within 2.5 upstream round trips",
					String.format("%.1f round trips", trips), trips <= MAX_FANOUT_ROUND_TRIPS_14));
			long calls = report.fanOut().upstreamCalls();
			targets.add(new Target("50-contact fan-out in at most 50 upstream calls", Long.toString(calls),
					calls <= MAX_FANOUT_CALLS));
		}
	}

	private static GraphQlRun find(BenchReport report, String key) {
		return report.graphql().stream().filter((run) -> run.key().equals(key)).findFirst().orElse(null);
	}

	static String percent(double share) {
		return String.format("%.0f%%", share * 100);
	}

	/**
	 * A target and how the run did.
	 *
	 * @param target what is asked
	 * @param measured what the run measured
	 * @param met whether it is met
	 */
	public record Target(String target, String measured, boolean met) {

	}

}
