package org.mauticapi.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.bench.load.Probe;
import org.mauticapi.bench.load.Probe.Timed;
import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.bench.report.Figures;
import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;

/**
 * GraphQL through the gateway: throughput of two queries, and the wall time of a fan-out
 * over 50 contacts against an upstream that answers after a delay.
 */
final class GraphQlBench {

	static final String SINGLE_QUERY = "{ contact(id: 47) { id email firstname lastname points tags } }";

	/** The README's example (the gateway's GraphiQL opens with it). */
	static final String SEGMENT_QUERY = "{ segment(alias: \"vip-customers\") { name contacts(first: 20) { totalCount "
			+ "nodes { email points tags segments { name } activity(first: 5) { nodes { event eventType timestamp } } } } } }";

	static final String FANOUT_QUERY = "{ contacts(first: 50) { nodes { id segments { name } "
			+ "activity(first: 5) { nodes { event timestamp } } } } }";

	/**
	 * The single-contact query as GraphQL Mesh composed from the spec answers it: the
	 * same contact, its field values (email, names) and tags in Mautic's own shapes, as
	 * JSON.
	 */
	static final String HIVE_SINGLE_QUERY = "{ getContact(id: 47) { ... on ContactGetResponse { contact { id points "
			+ "fields tags } } } }";

	static final Duration FANOUT_DELAY = Duration.ofMillis(20);

	private static final int FANOUT_WARMUP_ROUNDS = 40;

	private static final int FANOUT_WARMUP_ROUND_SIZE = 25;

	private final Wrk wrk;

	private final Duration warmup;

	private final Duration duration;

	private final Probe probe = new Probe();

	GraphQlBench(Wrk wrk, Duration warmup, Duration duration) {
		this.wrk = wrk;
		this.warmup = warmup;
		this.duration = duration;
	}

	/**
	 * A query at saturation, after one checked answer (no GraphQL errors) and a count of
	 * its upstream calls.
	 * @param key a short name
	 * @param name what it is, for the table
	 * @param query the query
	 * @param upstream the upstream's base URL (for its call counter)
	 * @param gateway the gateway's base URL
	 * @return the figures
	 */
	GraphQlRun saturate(String key, String name, String query, URI upstream, Started gateway) {
		Console.step("GraphQL " + name);
		String body = body(query);
		URI graphql = gateway.baseUrl().resolve("/graphql");
		long calls = countedCalls(query, upstream, gateway.baseUrl()).upstreamCalls();
		this.wrk.run(key + "-warmup", graphql, this.warmup, headers(), body);
		RestBench.awaitQuiet(gateway);
		double before = gateway.process().cpuMillis();
		WrkResult result = this.wrk.run(key, graphql, this.duration, headers(), body);
		double cpu = RestBench.perRequest(gateway.process().cpuMillis() - before, result);
		Console.detail("gateway", RestBench.describe(result) + RestBench.cpu("gateway", cpu) + ", " + calls
				+ " upstream calls per query");
		return new GraphQlRun(key, name, query, result, calls, cpu);
	}

	/**
	 * A query through Hive Gateway at saturation, after one checked answer and a count of
	 * its upstream calls (the upstream's own count: Hive Gateway reports none).
	 * @param hive the running Hive Gateway
	 * @param upstream the upstream's base URL
	 * @return the figures, its CPU per query being Hive Gateway's (all its workers)
	 */
	GraphQlRun saturateHive(Started hive, URI upstream) {
		String name = "`" + HIVE_SINGLE_QUERY + "` through Hive Gateway (GraphQL Mesh from the spec)";
		Console.step("GraphQL " + name);
		String body = body(HIVE_SINGLE_QUERY);
		URI graphql = hive.baseUrl().resolve("/graphql");
		this.probe.send(upstream.resolve("/__stats"), Map.of(), null);
		Timed answer = this.probe.send(graphql, headers(), body);
		long calls = JsonMapper.shared()
			.readTree(this.probe.send(upstream.resolve("/__stats"), Map.of(), null).body())
			.path("requests")
			.asLong();
		if (answer.status() != 200 || JsonMapper.shared().readTree(answer.body()).has("errors")) {
			throw new IllegalStateException("Hive Gateway answered " + HIVE_SINGLE_QUERY + " with HTTP "
					+ answer.status() + ": " + answer.body());
		}
		this.wrk.run("single_hive-warmup", graphql, this.warmup, headers(), body);
		double before = hive.process().cpuMillis();
		WrkResult result = this.wrk.run("single_hive", graphql, this.duration, headers(), body);
		double cpu = RestBench.perRequest(hive.process().cpuMillis() - before, result);
		Console.detail("hive gateway", RestBench.describe(result) + RestBench.cpu("hive gateway", cpu) + ", " + calls
				+ " upstream calls per query");
		return new GraphQlRun("single_hive", name, HIVE_SINGLE_QUERY, result, calls, cpu);
	}

	/**
	 * The fan-out: the upstream's delay is set, one direct round trip and the query are
	 * timed, and the delay is taken off again.
	 * @param runs how many queries are timed (after a warm-up with the query itself,
	 * until its wall time settles)
	 * @param upstream the upstream's base URL
	 * @param gateway the gateway's base URL
	 * @return the figures
	 */
	FanOut fanOut(int runs, URI upstream, URI gateway) {
		Console.step("GraphQL fan-out over 50 contacts, upstream answering after " + FANOUT_DELAY.toMillis() + " ms");
		this.probe.send(upstream.resolve("/__delay?ms=" + FANOUT_DELAY.toMillis()), Map.of(), null);
		try {
			List<Double> roundTrips = new ArrayList<>();
			for (int i = 0; i < 5 + 21; i++) {
				Timed timed = this.probe.send(upstream.resolve("/api/contacts/1/segments"), RestBench.AUTHORIZATION,
						null);
				if (i >= 5) {
					roundTrips.add(timed.millis());
				}
			}
			warmUpFanOut(upstream, gateway);
			List<Double> walls = new ArrayList<>();
			Counted counted = null;
			for (int i = 0; i < runs; i++) {
				counted = countedCalls(FANOUT_QUERY, upstream, gateway);
				walls.add(counted.millis());
			}
			FanOut fanOut = new FanOut(FANOUT_DELAY.toMillis(), FANOUT_QUERY, Figures.median(roundTrips),
					Figures.median(walls), walls, counted.upstreamCalls(), counted.reportedCalls());
			Console.detail("gateway",
					String.format("%.1f ms wall (%.1f upstream round trips of %.1f ms), %d upstream " + "calls",
							fanOut.wallMs(), fanOut.roundTrips(), fanOut.upstreamRttMs(), fanOut.upstreamCalls()));
			return fanOut;
		}
		finally {
			this.probe.send(upstream.resolve("/__delay?ms=0"), Map.of(), null);
		}
	}

	// The 100 concurrent lookups take their own paths through the JIT compiler: warmed by
	// other load alone, the
	// query took 105 ms, after hundreds of its own runs 67 ms. So it runs in rounds until
	// a round's median stays
	// within 5 % of the one before.
	private void warmUpFanOut(URI upstream, URI gateway) {
		double previous = Double.MAX_VALUE;
		for (int round = 0; round < FANOUT_WARMUP_ROUNDS; round++) {
			List<Double> walls = new ArrayList<>();
			for (int i = 0; i < FANOUT_WARMUP_ROUND_SIZE; i++) {
				walls.add(countedCalls(FANOUT_QUERY, upstream, gateway).millis());
			}
			double median = Figures.median(walls);
			Console.detail("fan-out warm-up round " + (round + 1), String.format("%.1f ms median", median));
			if (Math.abs(previous - median) <= 0.05 * median) {
				return;
			}
			previous = median;
		}
	}

	// One query, with the upstream's count of the calls it made and the gateway's own
	// (X-Upstream-Stats).
	private Counted countedCalls(String query, URI upstream, URI gateway) {
		this.probe.send(upstream.resolve("/__stats"), Map.of(), null);
		Map<String, String> headers = new HashMap<>(headers());
		headers.put("X-Upstream-Stats", "true");
		Timed answer = this.probe.send(gateway.resolve("/graphql"), headers, body(query));
		long upstreamCalls = JsonMapper.shared()
			.readTree(this.probe.send(upstream.resolve("/__stats"), Map.of(), null).body())
			.path("requests")
			.asLong();
		JsonNode json = JsonMapper.shared().readTree(answer.body());
		if (answer.status() != 200 || json.has("errors")) {
			throw new IllegalStateException("The gateway answered the GraphQL query " + query + " with HTTP "
					+ answer.status() + ": " + answer.body());
		}
		return new Counted(answer.millis(), upstreamCalls, json.path("extensions").path("upstreamCalls").asLong(-1));
	}

	static Map<String, String> headers() {
		Map<String, String> headers = new HashMap<>(RestBench.AUTHORIZATION);
		headers.put("Content-Type", "application/json");
		return headers;
	}

	static String body(String query) {
		return JsonMapper.shared().writeValueAsString(Map.of("query", query));
	}

	private record Counted(double millis, long upstreamCalls, long reportedCalls) {
	}

}
