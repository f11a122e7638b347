package org.mauticapi.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.process.ResidentMemory;
import org.mauticapi.bench.process.Servers;
import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.bench.report.BenchReport;
import org.mauticapi.bench.report.Figures.CappedHeap;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.RestPair;
import org.mauticapi.bench.report.Figures.Startup;

/**
 * One benchmark run: starts the fixed-latency upstream and the gateway in front of it, runs the parts asked for,
 * samples the gateway's memory meanwhile, and stops everything it started, whatever happens.
 */
final class BenchRun {

	static final String CONTACT = "/api/contacts/47";

	static final String CONTACT_LIST = "/api/contacts?limit=30";

	private final BenchOptions options;

	private final BenchReport report;

	private final Servers servers;

	private final RestBench rest;

	private final GraphQlBench graphql;

	BenchRun(BenchOptions options, BenchReport report) {
		this.options = options;
		this.report = report;
		this.servers = new Servers(options.benchJar(), options.gatewayJar(), options.sandboxJar(),
				options.work().resolve("logs"));
		Wrk wrk = new Wrk(options.work().resolve("wrk"), options.threads(), options.connections());
		this.rest = new RestBench(wrk, options.warmup(), options.duration());
		this.graphql = new GraphQlBench(wrk, options.warmup(), options.duration());
	}

	void run() {
		if (runs("startup") || runs("rest") || runs("latency") || runs("graphql") || runs("fanout")) {
			Console.step("Starting the fixed-latency upstream");
			try (Started upstream = this.servers.upstream(Duration.ZERO)) {
				againstFixedLatencyUpstream(upstream);
			}
		}
		if (runs("heap")) {
			withCappedHeap();
		}
		if (runs("sandbox")) {
			againstSandbox();
		}
		if (runs("startup")) {
			Console.step("Starting the gateway with its embedded demo sandbox");
			try (Started demo = this.servers.gateway(null, this.options.gatewayJvmArguments(),
					this.options.gatewayArguments())) {
				Console.detail("ready after", String.format("%.0f ms", demo.startupMillis()));
				this.report.startup(new Startup(this.report.startup().runsMs(), demo.startupMillis()));
			}
		}
	}

	private void againstFixedLatencyUpstream(Started upstream) {
		List<Double> startups = new ArrayList<>();
		int starts = runs("startup") ? Math.max(1, this.options.startupRuns()) : 1;
		Started gateway = null;
		try {
			for (int i = 0; i < starts; i++) {
				if (gateway != null) {
					gateway.close();
				}
				Console.step("Starting the gateway (" + (i + 1) + " of " + starts + ")");
				gateway = this.servers.gateway(upstream.baseUrl(), this.options.gatewayJvmArguments(),
						this.options.gatewayArguments());
				startups.add(gateway.startupMillis());
				Console.detail("ready after", String.format("%.0f ms", gateway.startupMillis()));
			}
			this.report.startup(new Startup(startups, null));
			underLoad(upstream, gateway);
		}
		finally {
			if (gateway != null) {
				gateway.close();
			}
		}
	}

	private void underLoad(Started upstream, Started gateway) {
		pause(Duration.ofSeconds(2));
		double idleMb = gateway.process().residentKb() / 1024.0;
		Console.detail("gateway resident memory at rest", String.format("%.0f MB", idleMb));
		double loadMb;
		try (ResidentMemory sampler = ResidentMemory.sample(gateway.process().pid(), 200)) {
			if (runs("rest") || runs("latency") || runs("graphql") || runs("fanout")) {
				warmUp(gateway);
			}
			measure(upstream, gateway);
			sampler.close();
			loadMb = sampler.maxKb() / 1024.0;
		}
		pause(Duration.ofSeconds(5));
		double afterMb = gateway.process().residentKb() / 1024.0;
		if (runs("rest") || runs("latency") || runs("graphql") || runs("fanout")) {
			this.report.memory(new Memory(idleMb, loadMb, afterMb));
			Console.detail("gateway resident memory under load (max)", String.format("%.0f MB", loadMb));
		}
	}

	private void warmUp(Started gateway) {
		Duration round = Duration.ofSeconds(Math.max(3, Math.min(10, this.options.warmupMax().toSeconds() / 20)));
		URI base = gateway.baseUrl();
		this.rest.warmUp(gateway,
				this.rest.load("warmup-contact", base.resolve(CONTACT), round, RestBench.AUTHORIZATION, null),
				List.of(this.rest.load("warmup-list", base.resolve(CONTACT_LIST), round, RestBench.AUTHORIZATION, null),
						this.rest.load("warmup-graphql", base.resolve("/graphql"), round, GraphQlBench.headers(),
								GraphQlBench.body(GraphQlBench.SINGLE_QUERY)),
						this.rest.load("warmup-graphql-segment", base.resolve("/graphql"), round,
								GraphQlBench.headers(), GraphQlBench.body(GraphQlBench.SEGMENT_QUERY))),
				this.options.warmupMax());
	}

	private void measure(Started upstream, Started gateway) {
		if (runs("rest") || runs("latency")) {
			this.report.rest().add(this.rest.saturate("get_contact", CONTACT, upstream, gateway));
		}
		if (runs("rest")) {
			this.report.rest().add(this.rest.saturate("list_contacts", CONTACT_LIST, upstream, gateway));
		}
		if (runs("latency")) {
			RestPair contact = this.report.rest().get(0);
			double rate = Math.max(10, Math.floor(contact.gateway().rps() / 2));
			this.report.openLoop(this.rest.fixedRate(CONTACT, rate, upstream.baseUrl(), gateway.baseUrl(),
					this.options.openLoop()));
		}
		if (runs("graphql")) {
			this.report.graphql().add(this.graphql.saturate("single", "`" + GraphQlBench.SINGLE_QUERY + "`",
					GraphQlBench.SINGLE_QUERY, upstream.baseUrl(), gateway));
			this.report.graphql().add(this.graphql.saturate("segment_query",
					"the README's segment query (20 contacts, their segments and last 5 events)",
					GraphQlBench.SEGMENT_QUERY, upstream.baseUrl(), gateway));
			// The comparison column: Hive Gateway (GraphQL Mesh composed from the same spec) on the same upstream.
			Optional<Started> hive = HiveGateway.start(this.options.repository(), upstream.baseUrl(),
					this.options.work().resolve("logs"));
			hive.ifPresent((started) -> {
				try (started) {
					this.report.graphql().add(this.graphql.saturateHive(started, upstream.baseUrl()));
				}
			});
		}
		if (runs("fanout")) {
			this.report.fanOut(this.graphql.fanOut(this.options.fanOutRuns(), upstream.baseUrl(), gateway.baseUrl()));
		}
	}

	private void againstSandbox() {
		Console.step("Starting the sandbox (demo data) and a gateway in front of it");
		try (Started sandbox = this.servers.sandbox();
				Started gateway = this.servers.gateway(sandbox.baseUrl(), this.options.gatewayJvmArguments(),
						this.options.gatewayArguments())) {
			this.rest.warmUp(gateway, this.rest.load("sandbox-warmup", gateway.baseUrl().resolve("/api/contacts/1"),
					Duration.ofSeconds(10), RestBench.AUTHORIZATION, null), List.of(), this.options.warmupMax());
			this.report.sandbox().add(this.rest.saturate("get_contact", "/api/contacts/1", sandbox, gateway));
			this.report.sandbox().add(this.rest.saturate("list_contacts", CONTACT_LIST, sandbox, gateway));
		}
	}

	// The gateway again, its heap capped, under the same loads (a shorter warm-up): resident memory, and what the
	// cap costs in throughput.
	private void withCappedHeap() {
		Console.step("Starting the fixed-latency upstream and a gateway with " + this.options.heapCap());
		List<String> jvm = new ArrayList<>(this.options.gatewayJvmArguments());
		jvm.addAll(List.of(this.options.heapCap().trim().split("\\s+")));
		try (Started upstream = this.servers.upstream(Duration.ZERO);
				Started gateway = this.servers.gateway(upstream.baseUrl(), jvm, this.options.gatewayArguments())) {
			pause(Duration.ofSeconds(2));
			double idleMb = gateway.process().residentKb() / 1024.0;
			try (ResidentMemory sampler = ResidentMemory.sample(gateway.process().pid(), 200)) {
				warmUp(gateway);
				RestPair contact = this.rest.saturate("capped_get_contact", CONTACT, upstream, gateway);
				this.rest.saturate("capped_list_contacts", CONTACT_LIST, upstream, gateway);
				this.graphql.saturate("capped_segment_query", "the README's segment query", GraphQlBench.SEGMENT_QUERY,
						upstream.baseUrl(), gateway);
				sampler.close();
				this.report.cappedHeap(new CappedHeap(this.options.heapCap(), idleMb, sampler.maxKb() / 1024.0,
						contact.gateway().rps(), contact.cpu().gatewayMs()));
				Console.detail("gateway resident memory under load (max)",
						String.format("%.0f MB", sampler.maxKb() / 1024.0));
			}
		}
	}

	private boolean runs(String part) {
		return this.options.parts().contains(part);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static @Nullable String firstProblem(BenchReport report) {
		return report.rest()
			.stream()
			.filter((pair) -> !pair.direct().clean() || !pair.gateway().clean())
			.map((pair) -> pair.request() + " had errors or non-2xx answers; see bench/target/run/wrk")
			.findFirst()
			.orElse(null);
	}

}
