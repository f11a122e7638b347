package org.mauticapi.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JsonReport}: the keys issues 7, 12 and 17 name, as plain numbers.
 */
class JsonReportTests {

	@ParameterizedTest
	@ValueSource(strings = { "/rest/direct_rps", "/rest/gateway_rps", "/rest/direct_p99_ms", "/rest/gateway_p99_ms",
			"/rest/added_p99_ms", "/rest/nginx_rps", "/rest/gateway_vs_nginx", "/rest/nginx_cpu_ms_per_request",
			"/rest/gateway_cpu_vs_nginx", "/rest/nginx_p99_ms", "/rest/nginx_added_p99_ms", "/graphql/single_rps",
			"/graphql/segment_query_rps", "/fanout/upstream_rtt_ms", "/fanout/wall_ms", "/fanout/upstream_calls",
			"/memory/rss_mb_idle", "/memory/rss_mb_load", "/memory/rss_mb_after", "/startup/ms", "/startup/min_ms",
			"/startup/max_ms", "/startup/sandbox_ms", "/startup/sandbox_min_ms", "/startup/sandbox_max_ms" })
	void holdsEachRequiredFigureAsANumber(String pointer) {
		JsonNode json = render(ReportFixtures.full());

		assertThat(json.at(pointer).isNumber()).as(pointer).isTrue();
	}

	@Test
	void takesTheRestFiguresFromTheSingleContactAndAddedLatencyFromTheFixedRateRun() {
		JsonNode json = render(ReportFixtures.full());

		assertThat(json.at("/rest/direct_rps").asDouble()).isEqualTo(10000);
		assertThat(json.at("/rest/gateway_rps").asDouble()).isEqualTo(4000);
		assertThat(json.at("/rest/added_p99_ms").asDouble()).isEqualTo(1.5);
		assertThat(json.at("/fanout/upstream_calls").asLong()).isEqualTo(101);
	}

	@Test
	void comparesTheGatewayWithNginxOnEachRequest() {
		JsonNode json = render(ReportFixtures.full());

		assertThat(json.at("/rest/nginx_rps").asDouble()).isEqualTo(8000);
		assertThat(json.at("/rest/gateway_vs_nginx").asDouble()).isEqualTo(0.5);
		assertThat(json.at("/rest/gateway_cpu_vs_nginx").asDouble()).isEqualTo(5);
		assertThat(json.at("/rest/nginx_added_p99_ms").asDouble()).isEqualTo(0.4);
		assertThat(json.at("/rest/endpoints/list_contacts/gateway_vs_nginx").asDouble()).isEqualTo(0.6);
		assertThat(json.at("/rest/endpoints/list_contacts/cpu_ms_per_request/nginx").asDouble()).isEqualTo(0.6);
		assertThat(json.at("/rest/nginx_config").asString()).isEqualTo("bench/target/run/nginx/nginx.conf");
	}

	@Test
	void givesTheMedianStartAloneAndWithTheSandboxWithTheirExtremes() {
		JsonNode json = render(ReportFixtures.full());

		assertThat(json.at("/startup/ms").asDouble()).isEqualTo(2600);
		assertThat(json.at("/startup/min_ms").asDouble()).isEqualTo(2500);
		assertThat(json.at("/startup/max_ms").asDouble()).isEqualTo(3400);
		assertThat(json.at("/startup/sandbox_ms").asDouble()).isEqualTo(5200);
		assertThat(json.at("/startup/sandbox_runs_ms")).hasSize(3);
		assertThat(json.at("/startup/sandbox_cds_archive_used").asInt()).isEqualTo(2);
	}

	@Test
	void givesResidentMemoryAtRestUnderLoadAndAfter() {
		JsonNode json = render(ReportFixtures.full());

		assertThat(json.at("/memory/rss_mb_idle").asDouble()).isEqualTo(180);
		assertThat(json.at("/memory/rss_mb_load").asDouble()).isEqualTo(350);
		assertThat(json.at("/memory/rss_mb_after").asDouble()).isEqualTo(210);
		assertThat(json.at("/memory/after_s").asLong()).isEqualTo(30);
	}

	@Test
	void leavesNginxsFiguresNullWithoutIt() {
		JsonNode json = render(ReportFixtures.withoutNginx());

		assertThat(json.at("/rest/gateway_rps").isNumber()).isTrue();
		assertThat(json.at("/rest/nginx_rps").isNull()).isTrue();
		assertThat(json.at("/rest/gateway_vs_nginx").isNull()).isTrue();
		assertThat(json.at("/rest/nginx_added_p99_ms").isNull()).isTrue();
		assertThat(json.at("/rest/endpoints/get_contact/nginx").isMissingNode()).isTrue();
	}

	@Test
	void leavesTheFiguresOfPartsThatDidNotRunNull() {
		JsonNode json = render(ReportFixtures.empty());

		assertThat(json.at("/rest/direct_rps").isNull()).isTrue();
		assertThat(json.at("/fanout/wall_ms").isNull()).isTrue();
		assertThat(json.at("/startup/sandbox_ms").isNull()).isTrue();
		assertThat(json.at("/memory/rss_mb_after").isNull()).isTrue();
	}

	private static JsonNode render(BenchReport report) {
		return JsonMapper.shared().readTree(JsonReport.render(report));
	}

}
