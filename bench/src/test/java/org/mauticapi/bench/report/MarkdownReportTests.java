package org.mauticapi.bench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MarkdownReport}: the tables a reader compares, and the targets met or
 * missed.
 */
class MarkdownReportTests {

	@Test
	void showsNginxBesideDirectAndTheGateway() {
		String markdown = MarkdownReport.render(ReportFixtures.full());

		assertThat(markdown)
			.contains("| request | figure | direct | through nginx | through the gateway | gateway / nginx "
					+ "| gateway / direct | added by the gateway |")
			.contains("| `GET /api/contacts/47` | requests/s | 10,000 | 8,000 | 4,000 | 50% | 40% |  |")
			.contains("| `GET /api/contacts/47` | CPU per request (ms): upstream / proxy | 0.080 | 0.100 (+ upstream "
					+ "0.080) | 0.500 (+ upstream 0.080) | 5.0× | 6.3× |  |")
			.contains("| `GET /api/contacts/47` at 2,000 req/s (half the gateway's max), open loop | p50 / p99 (ms) "
					+ "| 0.50 / 1.00 | 0.60 / 1.40 | 1.00 / 2.50 |  |  | +0.50 / +1.50 |")
			.contains("nginx configured by `bench/target/run/nginx/nginx.conf`");
	}

	@Test
	void leavesTheNginxColumnsOutWithoutNginx() {
		String markdown = MarkdownReport.render(ReportFixtures.withoutNginx());

		assertThat(markdown)
			.contains("| request | figure | direct | through the gateway | gateway / direct | added by "
					+ "the gateway |")
			.contains("| `GET /api/contacts/47` | requests/s | 10,000 | 4,000 | 40% |  |")
			.doesNotContain("through nginx");
	}

	@Test
	void showsTheStartsAndMemoryOfTheGatewayRunAsTheReadmeSays() {
		String markdown = MarkdownReport.render(ReportFixtures.full());

		assertThat(markdown).contains("The gateway process, run by `bin/mautic-gateway`")
			.contains("| start-up, spawn to readiness 200, median of 3 (min – max) | 2.60 s (2.50 – 3.40 s) |")
			.contains(
					"| start-up with the embedded demo sandbox (no `mautic.base-url`), median of 3 (min – max); class "
							+ "data sharing archive used in 2 of 3 | 5.20 s (4.80 – 6.10 s) |")
			.contains("| resident memory 30 s after the load | 210 MB |");
	}

	@Test
	void showsTheTargetsMetAndMissed() {
		String markdown = MarkdownReport.render(ReportFixtures.full());

		assertThat(markdown).contains("| REST throughput (GET /api/contacts/47) at least 40% of direct | 40% | yes |")
			.contains("| 50-contact fan-out within 3 upstream round trips | 8.0 round trips | **no** |")
			.contains("| start-up with the embedded demo sandbox below 5 s | 5.20 s | **no** |")
			.contains("2 cores (Test CPU)")
			.contains("JVM options (-XX:+UseSerialGC -Xmx224m) and JAVA_OPTS unset");
	}

}
