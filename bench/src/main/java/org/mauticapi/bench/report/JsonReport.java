package org.mauticapi.bench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;

/**
 * The run as JSON: the keys issue 7 names ({@code rest.direct_rps}, ..., {@code startup.ms}), numbers without units,
 * a section that did not run as nulls; per-request details under further keys.
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
		rest(root.putObject("rest"), report);
		graphql(root.putObject("graphql"), report);
		fanOut(root.putObject("fanout"), report.fanOut());
		ObjectNode memory = root.putObject("memory");
		put(memory, "rss_mb_idle", (report.memory() != null) ? report.memory().idleMb() : null);
		put(memory, "rss_mb_load", (report.memory() != null) ? report.memory().loadMb() : null);
		put(memory, "rss_mb_after_load", (report.memory() != null) ? report.memory().afterLoadMb() : null);
		if (report.cappedHeap() != null) {
			ObjectNode capped = memory.putObject("capped_heap");
			capped.put("jvm_option", report.cappedHeap().jvmOption());
			put(capped, "rss_mb_idle", report.cappedHeap().idleMb());
			put(capped, "rss_mb_load", report.cappedHeap().loadMb());
			put(capped, "get_contact_rps", report.cappedHeap().contactRps());
			put(capped, "get_contact_gateway_cpu_ms_per_request", report.cappedHeap().contactCpuMs());
		}
		ObjectNode startup = root.putObject("startup");
		put(startup, "ms", (report.startup() != null) ? report.startup().medianMs() : null);
		if (report.startup() != null) {
			report.startup().runsMs().forEach((ms) -> startup.withArray("runs_ms").add(round(ms)));
			put(startup, "embedded_demo_ms", report.startup().embeddedDemoMs());
		}
		if (!report.sandbox().isEmpty()) {
			ObjectNode sandbox = root.putObject("sandbox");
			report.sandbox().forEach((pair) -> pair(sandbox.putObject(pair.key()), pair));
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
		machine.put("commit", described.commit());
		RunSettings settings = report.settings();
		ObjectNode run = machine.putObject("settings");
		run.put("wrk_threads", settings.wrkThreads());
		run.put("wrk_connections", settings.wrkConnections());
		run.put("warmup_s", settings.warmupSeconds());
		run.put("duration_s", settings.durationSeconds());
		run.put("open_loop_s", settings.openLoopSeconds());
		run.put("gateway_jvm_options", String.join(" ", settings.gatewayJvmArguments()));
		run.put("gateway_settings", String.join(" ", settings.gatewayArguments()));
	}

	private static void rest(ObjectNode rest, BenchReport report) {
		RestPair headline = report.headlineRest();
		OpenLoopPair openLoop = report.openLoop();
		put(rest, "direct_rps", (headline != null) ? headline.direct().rps() : null);
		put(rest, "gateway_rps", (headline != null) ? headline.gateway().rps() : null);
		put(rest, "gateway_share", (headline != null) ? headline.share() : null);
		put(rest, "gateway_cpu_ms_per_request", (headline != null) ? headline.cpu().gatewayMs() : null);
		put(rest, "direct_p99_ms", (openLoop != null) ? openLoop.direct().p99Ms() : null);
		put(rest, "gateway_p99_ms", (openLoop != null) ? openLoop.gateway().p99Ms() : null);
		put(rest, "added_p99_ms", (openLoop != null) ? openLoop.addedP99Ms() : null);
		put(rest, "added_p50_ms", (openLoop != null) ? openLoop.addedP50Ms() : null);
		put(rest, "rate_rps", (openLoop != null) ? openLoop.gateway().targetRps() : null);
		ObjectNode endpoints = rest.putObject("endpoints");
		report.rest().forEach((pair) -> pair(endpoints.putObject(pair.key()), pair));
		if (openLoop != null) {
			ObjectNode fixedRate = rest.putObject("fixed_rate");
			fixedRate.put("request", openLoop.request());
			latency(fixedRate.putObject("direct"), openLoop.direct());
			latency(fixedRate.putObject("gateway"), openLoop.gateway());
		}
	}

	private static void pair(ObjectNode node, RestPair pair) {
		node.put("request", pair.request());
		wrk(node.putObject("direct"), pair.direct());
		wrk(node.putObject("gateway"), pair.gateway());
		put(node, "gateway_share", pair.share());
		ObjectNode cpu = node.putObject("cpu_ms_per_request");
		put(cpu, "upstream_direct", pair.cpu().upstreamDirectMs());
		put(cpu, "gateway", pair.cpu().gatewayMs());
		put(cpu, "upstream_via_gateway", pair.cpu().upstreamViaGatewayMs());
		put(node, "added_p50_ms", pair.gateway().p50Ms() - pair.direct().p50Ms());
		put(node, "added_p99_ms", pair.gateway().p99Ms() - pair.direct().p99Ms());
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

	private static void wrk(ObjectNode node, WrkResult result) {
		put(node, "rps", result.rps());
		put(node, "p50_ms", result.p50Ms());
		put(node, "p90_ms", result.p90Ms());
		put(node, "p99_ms", result.p99Ms());
		put(node, "p999_ms", result.p999Ms());
		put(node, "max_ms", result.maxMs());
		node.put("requests", result.requests());
		node.put("errors", result.errors());
		node.put("non_2xx", result.non2xx());
	}

	private static void latency(ObjectNode node, LatencyResult result) {
		put(node, "target_rps", result.targetRps());
		put(node, "achieved_rps", result.achievedRps());
		put(node, "p50_ms", result.p50Ms());
		put(node, "p90_ms", result.p90Ms());
		put(node, "p99_ms", result.p99Ms());
		put(node, "p999_ms", result.p999Ms());
		put(node, "max_ms", result.maxMs());
		node.put("requests", result.measured());
		node.put("errors", result.errors());
	}

	private static void put(ObjectNode node, String key, Number value) {
		if (value == null) {
			node.putNull(key);
		}
		else if (value instanceof Double number) {
			node.put(key, round(number));
		}
		else {
			node.put(key, value.longValue());
		}
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale((Math.abs(value) >= 100) ? 1 : 3, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

}
