package org.mauticapi.bench.report;

import java.time.LocalDateTime;
import java.util.List;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.report.Figures.CpuPerRequest;
import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.NginxRun;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;
import org.mauticapi.bench.report.Figures.Startup;

/**
 * Reports with known figures, for the tests of what is made of them.
 */
final class ReportFixtures {

	private ReportFixtures() {
	}

	/**
	 * A run of every part, nginx included: the contact at 10,000 req/s direct, 8,000
	 * through nginx (0.1 ms of CPU) and 4,000 through the gateway (0.5 ms).
	 */
	static BenchReport full() {
		BenchReport report = empty();
		report.rest()
			.add(new RestPair("get_contact", "GET /api/contacts/47", wrk(100000, 1.0, 3.0), wrk(40000, 2.0, 6.0),
					new CpuPerRequest(0.08, 0.5, 0.08), new NginxRun(wrk(80000, 1.2, 3.5), 0.1, 0.08)));
		report.rest()
			.add(new RestPair("list_contacts", "GET /api/contacts?limit=30", wrk(20000, 2.0, 5.0), wrk(6000, 5.0, 12.0),
					new CpuPerRequest(0.12, 1.5, 0.12), new NginxRun(wrk(10000, 3, 6), 0.6, 0.12)));
		report.openLoop(
				new OpenLoopPair("GET /api/contacts/47", latency(0.5, 1.0), latency(1.0, 2.5), latency(0.6, 1.4)));
		report.nginxConfig("bench/target/run/nginx/nginx.conf");
		report.graphql()
			.add(new GraphQlRun("single", "single", "{ contact(id: 47) { id } }", wrk(20000, 3, 9), 1, 0.9));
		report.graphql()
			.add(new GraphQlRun("segment_query", "segment", "{ segment(alias: \"a\") { name } }", wrk(1000, 30, 90), 42,
					20));
		report.fanOut(new FanOut(20, "{ contacts(first: 50) { nodes { id } } }", 20.5, 164,
				List.of(160.0, 164.0, 170.0), 101, 101));
		report.memory(new Memory(180, 350, 210, 30));
		report.startup(new Startup(List.of(2600.0, 2500.0, 3400.0), 3));
		report.sandboxStartup(new Startup(List.of(5200.0, 4800.0, 6100.0), 2));
		return report;
	}

	/** The same REST run without nginx (not installed). */
	static BenchReport withoutNginx() {
		BenchReport report = empty();
		report.rest()
			.add(new RestPair("get_contact", "GET /api/contacts/47", wrk(100000, 1.0, 3.0), wrk(40000, 2.0, 6.0),
					new CpuPerRequest(0.08, 0.5, 0.08), null));
		report.openLoop(new OpenLoopPair("GET /api/contacts/47", latency(0.5, 1.0), latency(1.0, 2.5), null));
		return report;
	}

	static BenchReport empty() {
		return new BenchReport(LocalDateTime.of(2026, 11, 23, 1, 2, 3),
				new MachineDescription("Test CPU", 2, 24000, "Debian", "OpenJDK 17", "wrk 4.1.0",
						"nginx 1.22.1 (/usr/sbin/nginx)", "abc123"),
				new RunSettings(2, 32, 5, 10, 15, List.of("-XX:+UseSerialGC", "-Xmx224m"), List.of(), List.of(), true));
	}

	static WrkResult wrk(long requests, double p50, double p99) {
		return new WrkResult(requests, 10, 0, 0, p50, p50 * 2, p99, p99 * 2, p99 * 3);
	}

	static LatencyResult latency(double p50, double p99) {
		return new LatencyResult(2000, 2000, 30000, 0, p50, p50 * 2, p99, p99 * 2, p99 * 3);
	}

}
