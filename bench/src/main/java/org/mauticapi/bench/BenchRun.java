package org.mauticapi.bench;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.StartupBench.Kept;
import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.nginx.NginxBinary;
import org.mauticapi.bench.nginx.NginxProxy;
import org.mauticapi.bench.process.GatewayLauncher;
import org.mauticapi.bench.process.ResidentMemory;
import org.mauticapi.bench.process.Servers;
import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.bench.report.BenchReport;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.RestPair;

/**
 * One benchmark run: starts the fixed-latency upstream, the gateway in front of it as the
 * README runs it and, for the REST loads, nginx in front of the same upstream; runs the
 * parts asked for, samples the gateway's memory meanwhile, and stops everything it
 * started, whatever happens.
 */
final class BenchRun {

	static final String CONTACT = "/api/contacts/47";

	static final String CONTACT_LIST = "/api/contacts?limit=30";

	private final BenchOptions options;

	private final BenchReport report;

	private final Servers servers;

	private final RestBench rest;

	private final GraphQlBench graphql;

	private final StartupBench startup;

	private final @Nullable NginxBinary nginx;

	/**
	 * @param options what to run
	 * @param report where the figures go
	 * @param nginx the nginx to compare with, or null when it is left out (the report
	 * says why)
	 */
	BenchRun(BenchOptions options, BenchReport report, @Nullable NginxBinary nginx) {
		this.options = options;
		this.report = report;
		this.nginx = nginx;
		GatewayLauncher launcher = options.launcher();
		this.servers = new Servers(options.benchJar(), launcher, options.sandboxJar(), options.work().resolve("logs"));
		Wrk wrk = new Wrk(options.work().resolve("wrk"), options.threads(), options.connections());
		this.rest = new RestBench(wrk, options.warmup(), options.duration());
		this.graphql = new GraphQlBench(wrk, options.warmup(), options.duration());
		this.startup = new StartupBench(this.servers, launcher.archive(), report.notes());
	}

	void run() {
		if (runs("startup") || loads()) {
			Console.step("Starting the fixed-latency upstream");
			try (Started upstream = this.servers.upstream(Duration.ZERO)) {
				againstFixedLatencyUpstream(upstream);
			}
		}
		if (runs("sandbox")) {
			againstSandbox();
		}
		if (runs("startup")) {
			this.report.sandboxStartup(this.startup.withSandbox(Math.max(1, this.options.startupRuns())));
		}
	}

	private void againstFixedLatencyUpstream(Started upstream) {
		int starts = runs("startup") ? Math.max(1, this.options.startupRuns()) : 1;
		Kept kept = this.startup.alone(upstream.baseUrl(), starts);
		try (Started gateway = kept.gateway()) {
			if (runs("startup")) {
				this.report.startup(kept.startup());
			}
			if (loads()) {
				underLoad(upstream, gateway);
			}
		}
	}

	// Resident memory at rest, the highest while every load runs, and again once the
	// loads are over.
	private void underLoad(Started upstream, Started gateway) {
		pause(Duration.ofSeconds(2));
		double idleMb = gateway.process().residentKb() / 1024.0;
		Console.detail("gateway resident memory at rest", String.format("%.0f MB", idleMb));
		double loadMb;
		try (ResidentMemory sampler = ResidentMemory.sample(gateway.process().pid(), 200)) {
			warmUp(gateway);
			measure(upstream, gateway);
			sampler.close();
			loadMb = sampler.maxKb() / 1024.0;
		}
		Console.detail("gateway resident memory under load (max)", String.format("%.0f MB", loadMb));
		Console.step("Waiting " + this.options.afterLoad().toSeconds() + " s after the loads");
		pause(this.options.afterLoad());
		double afterMb = gateway.process().residentKb() / 1024.0;
		Console.detail("gateway resident memory after the loads", String.format("%.0f MB", afterMb));
		this.report.memory(new Memory(idleMb, loadMb, afterMb, this.options.afterLoad().toSeconds()));
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
			try (Started proxy = startNginx(upstream)) {
				restLoads(upstream, gateway, proxy);
			}
		}
		if (runs("graphql")) {
			this.report.graphql()
				.add(this.graphql.saturate("single", "`" + GraphQlBench.SINGLE_QUERY + "`", GraphQlBench.SINGLE_QUERY,
						upstream.baseUrl(), gateway));
			this.report.graphql()
				.add(this.graphql.saturate("segment_query",
						"the README's segment query (20 contacts, their segments and last 5 events)",
						GraphQlBench.SEGMENT_QUERY, upstream.baseUrl(), gateway));
			// The comparison column: Hive Gateway (GraphQL Mesh composed from the same
			// spec) on the same upstream.
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

	// Direct, nginx and the gateway on the same REST loads; then latency at half the
	// gateway's maximum rate.
	private void restLoads(Started upstream, Started gateway, @Nullable Started proxy) {
		RestPair contact = this.rest.saturate("get_contact", CONTACT, upstream, gateway, proxy);
		this.report.rest().add(contact);
		if (runs("rest")) {
			this.report.rest().add(this.rest.saturate("list_contacts", CONTACT_LIST, upstream, gateway, proxy));
		}
		if (runs("latency")) {
			double rate = Math.max(10, Math.floor(contact.gateway().rps() / 2));
			this.report.openLoop(this.rest.fixedRate(CONTACT, rate, upstream.baseUrl(), gateway.baseUrl(),
					(proxy != null) ? proxy.baseUrl() : null, this.options.openLoop()));
		}
	}

	// nginx in front of the same upstream, or null when it is left out or does not start
	// (the report says why).
	private @Nullable Started startNginx(Started upstream) {
		if (this.nginx == null) {
			return null;
		}
		Console.step("Starting nginx " + this.nginx.version() + " in front of the same upstream");
		Path directory = this.options.work().resolve("nginx");
		try {
			Started started = NginxProxy.start(this.nginx, directory, upstream.baseUrl(),
					this.options.work().resolve("logs/nginx.log"));
			this.report.nginxConfig(this.options.repository().relativize(directory.resolve("nginx.conf")).toString());
			return started;
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			String note = "nginx did not start (" + ex.getMessage() + "): the nginx column is left out";
			Console.detail("nginx", note);
			this.report.notes().add(note);
			return null;
		}
	}

	private void againstSandbox() {
		Console.step("Starting the sandbox (demo data) and a gateway in front of it");
		try (Started sandbox = this.servers.sandbox(); Started gateway = this.servers.gateway(sandbox.baseUrl())) {
			this.rest.warmUp(gateway,
					this.rest.load("sandbox-warmup", gateway.baseUrl().resolve("/api/contacts/1"),
							Duration.ofSeconds(10), RestBench.AUTHORIZATION, null),
					List.of(), this.options.warmupMax());
			this.report.sandbox().add(this.rest.saturate("get_contact", "/api/contacts/1", sandbox, gateway, null));
			this.report.sandbox().add(this.rest.saturate("list_contacts", CONTACT_LIST, sandbox, gateway, null));
		}
	}

	private boolean loads() {
		return runs("rest") || runs("latency") || runs("graphql") || runs("fanout");
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
			.filter((pair) -> !pair.direct().clean() || !pair.gateway().clean()
					|| (pair.nginx() != null && !pair.nginx().result().clean()))
			.map((pair) -> pair.request() + " had errors or non-2xx answers; see bench/target/run/wrk")
			.findFirst()
			.orElse(null);
	}

}
