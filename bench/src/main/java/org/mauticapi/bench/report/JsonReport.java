package org.mauticapi.bench.report;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.Startup;

import static org.mauticapi.bench.report.JsonFigures.put;
import static org.mauticapi.bench.report.JsonFigures.round;
import static org.mauticapi.bench.report.JsonFigures.wrk;

/**
 * The run as JSON: the keys issues 7, 12 and 17 name ({@code rest.direct_rps},
 * {@code rest.gateway_vs_nginx}, {@code startup.ms}, {@code memory.rss_mb_load}, ...),
 * numbers without units, a section that did not run as nulls; per-request details under
 * further keys.
 */
public final class JsonReport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private JsonReport() {
	}

	/**
	 * Renders the report.
	 * @param report the run
	 * @return pretty-printed JSON
	 */
	public static String render(BenchReport report) {
		ObjectNode root = JSON.createObjectNode();
		root.put("time", report.time().toString());
		root.put("trial", report.settings().trial());
		machine(root.putObject("machine"), report);
		RestJson.rest(root.putObject("rest"), report);
		graphql(root.putObject("graphql"), report);
		fanOut(root.putObject("fanout"), report.fanOut());
		memory(root.putObject("memory"), report.memory());
		ObjectNode startup = root.putObject("startup");
		startup(startup, "", report.startup());
		startup(startup, "sandbox_", report.sandboxStartup());
		if (!report.sandbox().isEmpty()) {
			ObjectNode sandbox = root.putObject("sandbox");
			report.sandbox().forEach((pair) -> RestJson.pair(sandbox.putObject(pair.key()), pair));
		}
		ObjectNode targets = root.putObject("targets");
		Targets.check(report).forEach((target) -> targets.put(target.target(), target.met()));
		report.notes().forEach((note) -> root.withArray("notes").add(note));
		return JSON.writeValueAsString(root) + "\n";
	}

	private static void machine(ObjectNode machine, BenchReport report) {
		MachineDescription described = report.machine();
		machine.put("cpu", described.cpu());
		machine.put("cores", described.cores());
		machine.put("memory_mb", described.memoryMb());
		machine.put("os", described.os());
		machine.put("jdk", described.jdk());
		machine.put("wrk", described.wrk());
		machine.put("nginx", described.nginx());
		machine.put("commit", described.commit());
		RunSettings settings = report.settings();
		ObjectNode run = machine.putObject("settings");
		run.put("wrk_threads", settings.wrkThreads());
		run.put("wrk_connections", settings.wrkConnections());
		run.put("warmup_s", settings.warmupSeconds());
		run.put("duration_s", settings.durationSeconds());
		run.put("open_loop_s", settings.openLoopSeconds());
		run.put("gateway_launcher_jvm_options", String.join(" ", settings.launcherJvmOptions()));
		run.put("gateway_jvm_options", String.join(" ", settings.gatewayJvmArguments()));
		run.put("gateway_settings", String.join(" ", settings.gatewayArguments()));
	}

	private static void memory(ObjectNode node, @Nullable Memory memory) {
		put(node, "rss_mb_idle", (memory != null) ? memory.idleMb() : null);
		put(node, "rss_mb_load", (memory != null) ? memory.loadMb() : null);
		put(node, "rss_mb_after", (memory != null) ? memory.afterMb() : null);
		put(node, "after_s", (memory != null) ? (Number) memory.afterSeconds() : null);
	}

	// The same keys for the gateway alone ("ms", ...) and with its embedded sandbox
	// ("sandbox_ms", ...).
	private static void startup(ObjectNode node, String prefix, @Nullable Startup startup) {
		put(node, prefix + "ms", (startup != null) ? startup.medianMs() : null);
		put(node, prefix + "min_ms", (startup != null) ? startup.minMs() : null);
		put(node, prefix + "max_ms", (startup != null) ? startup.maxMs() : null);
		if (startup != null) {
			startup.runsMs().forEach((ms) -> node.withArray(prefix + "runs_ms").add(round(ms)));
			node.put(prefix + "cds_archive_used", startup.archiveUsed());
		}
	}

	private static void graphql(ObjectNode graphql, BenchReport report) {
		GraphQlRun single = find(report, "single");
		GraphQlRun segment = find(report, "segment_query");
		put(graphql, "single_rps", (single != null) ? single.result().rps() : null);
		put(graphql, "single_p50_ms", (single != null) ? single.result().p50Ms() : null);
		put(graphql, "single_p99_ms", (single != null) ? single.result().p99Ms() : null);
		put(graphql, "segment_query_rps", (segment != null) ? segment.result().rps() : null);
		put(graphql, "segment_query_p50_ms", (segment != null) ? segment.result().p50Ms() : null);
		put(graphql, "segment_query_p99_ms", (segment != null) ? segment.result().p99Ms() : null);
		put(graphql, "segment_query_upstream_calls", (segment != null) ? (Number) segment.upstreamCalls() : null);
		put(graphql, "segment_query_cpu_ms", (segment != null) ? segment.gatewayCpuMs() : null);
		GraphQlRun hive = find(report, "single_hive");
		put(graphql, "hive_single_rps", (hive != null) ? hive.result().rps() : null);
		put(graphql, "single_vs_hive", (single != null && hive != null && hive.result().rps() > 0)
				? single.result().rps() / hive.result().rps() : null);
		ObjectNode queries = graphql.putObject("queries");
		report.graphql().forEach((run) -> {
			ObjectNode query = queries.putObject(run.key());
			query.put("query", run.query());
			query.put("upstream_calls", run.upstreamCalls());
			put(query, "gateway_cpu_ms_per_query", run.gatewayCpuMs());
			wrk(query.putObject("gateway"), run.result());
		});
	}

	private static GraphQlRun find(BenchReport report, String key) {
		return report.graphql().stream().filter((run) -> run.key().equals(key)).findFirst().orElse(null);
	}

	private static void fanOut(ObjectNode node, FanOut fanOut) {
		put(node, "upstream_rtt_ms", (fanOut != null) ? fanOut.upstreamRttMs() : null);
		put(node, "wall_ms", (fanOut != null) ? fanOut.wallMs() : null);
		put(node, "upstream_calls", (fanOut != null) ? (Number) fanOut.upstreamCalls() : null);
		if (fanOut != null) {
			put(node, "round_trips", fanOut.roundTrips());
			node.put("upstream_delay_ms", fanOut.delayMs());
			node.put("reported_upstream_calls", fanOut.reportedCalls());
			node.put("query", fanOut.query());
			fanOut.wallsMs().forEach((ms) -> node.withArray("walls_ms").add(round(ms)));
		}
	}

}
