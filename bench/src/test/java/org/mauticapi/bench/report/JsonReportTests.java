package org.mauticapi.bench.report;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.report.Figures.CpuPerRequest;
import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;
import org.mauticapi.bench.report.Figures.Startup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JsonReport} and {@link MarkdownReport}: the keys issue 7 names, as plain numbers.
 */
class JsonReportTests {

	@ParameterizedTest
	@ValueSource(strings = { "/rest/direct_rps", "/rest/gateway_rps", "/rest/direct_p99_ms", "/rest/gateway_p99_ms",
			"/rest/added_p99_ms", "/graphql/single_rps", "/graphql/segment_query_rps", "/fanout/upstream_rtt_ms",
			"/fanout/wall_ms", "/fanout/upstream_calls", "/memory/rss_mb_idle", "/memory/rss_mb_load",
			"/startup/ms" })
	void holdsEachRequiredFigureAsANumber(String pointer) {
		JsonNode json = JsonMapper.shared().readTree(JsonReport.render(report()));

		assertThat(json.at(pointer).isNumber()).as(pointer).isTrue();
	}

	@Test
	void takesTheRestFiguresFromTheSingleContactAndAddedLatencyFromTheFixedRateRun() {
		JsonNode json = JsonMapper.shared().readTree(JsonReport.render(report()));

		assertThat(json.at("/rest/direct_rps").asDouble()).isEqualTo(10000);
		assertThat(json.at("/rest/gateway_rps").asDouble()).isEqualTo(4000);
		assertThat(json.at("/rest/added_p99_ms").asDouble()).isEqualTo(1.5);
		assertThat(json.at("/fanout/upstream_calls").asLong()).isEqualTo(101);
		assertThat(json.at("/startup/ms").asDouble()).isEqualTo(5000);
	}

	@Test
	void leavesTheFiguresOfPartsThatDidNotRunNull() {
		BenchReport report = new BenchReport(LocalDateTime.of(2026, 11, 23, 1, 2, 3), machine(), settings());

		JsonNode json = JsonMapper.shared().readTree(JsonReport.render(report));

		assertThat(json.at("/rest/direct_rps").isNull()).isTrue();
		assertThat(json.at("/fanout/wall_ms").isNull()).isTrue();
	}

	@Test
	void showsTheTargetsMetAndMissedInTheTable() {
		String markdown = MarkdownReport.render(report());

		assertThat(markdown).contains("| REST throughput (GET /api/contacts/47) at least 40% of direct | 40% | yes |")
			.contains("| 50-contact fan-out within 3 upstream round trips | 8.0 round trips | **no** |")
			.contains("2 cores (Test CPU)");
	}

	private static BenchReport report() {
		BenchReport report = new BenchReport(LocalDateTime.of(2026, 11, 23, 1, 2, 3), machine(), settings());
		report.rest()
			.add(new RestPair("get_contact", "GET /api/contacts/47", wrk(100000, 1.0, 3.0), wrk(40000, 2.0, 6.0),
					new CpuPerRequest(0.08, 0.5, 0.08)));
		report.openLoop(new OpenLoopPair("GET /api/contacts/47", latency(0.5, 1.0), latency(1.0, 2.5)));
		report.graphql()
			.add(new GraphQlRun("single", "single", "{ contact(id: 47) { id } }", wrk(20000, 3, 9), 1, 0.9));
		report.graphql()
			.add(new GraphQlRun("segment_query", "segment", "{ segment(alias: \"a\") { name } }", wrk(1000, 30, 90),
					42, 20));
		report.fanOut(new FanOut(20, "{ contacts(first: 50) { nodes { id } } }", 20.5, 164, List.of(160.0, 164.0,
				170.0), 101, 101));
		report.memory(new Memory(180, 350, 300));
		report.startup(new Startup(List.of(4000.0, 5000.0, 6000.0), 12000.0));
		return report;
	}

	private static WrkResult wrk(long requests, double p50, double p99) {
		return new WrkResult(requests, 10, 0, 0, p50, p50 * 2, p99, p99 * 2, p99 * 3);
	}

	private static LatencyResult latency(double p50, double p99) {
		return new LatencyResult(2000, 2000, 30000, 0, p50, p50 * 2, p99, p99 * 2, p99 * 3);
	}

	private static MachineDescription machine() {
		return new MachineDescription("Test CPU", 2, 24000, "Debian", "OpenJDK 17", "wrk 4.1.0", "abc123");
	}

	private static RunSettings settings() {
		return new RunSettings(2, 32, 5, 10, 15, List.of(), List.of(), true);
	}

}
