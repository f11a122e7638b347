package org.mauticapi.bench.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.mauticapi.bench.report.Figures.Startup;
import org.mauticapi.bench.report.Targets.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Targets}: each target of the sections that ran, met or missed by the
 * figures.
 */
class TargetsTests {

	@Test
	void checksTheGatewayAgainstNginxOnEachRequest() {
		List<Target> targets = Targets.check(ReportFixtures.full());

		assertThat(targets).contains(
				new Target("REST throughput (GET /api/contacts/47) at least 50% of nginx's", "50%", true),
				new Target("REST throughput (GET /api/contacts?limit=30) at least 50% of nginx's", "60%", true),
				new Target("gateway CPU per request (GET /api/contacts/47) at most 3x nginx's", "5.0x", false),
				new Target("gateway CPU per request (GET /api/contacts?limit=30) at most 3x nginx's", "2.5x", true));
	}

	@Test
	void checksTheStartsAgainstTheirTargetsByTheirMedians() {
		List<Target> targets = Targets.check(ReportFixtures.full());

		assertThat(targets).contains(new Target("start-up to readiness below 3 s", "2.60 s", true),
				new Target("start-up with the embedded demo sandbox below 5 s", "5.20 s", false));
	}

	@Test
	void missesAStartOfExactlyTheTarget() {
		BenchReport report = ReportFixtures.empty();
		report.startup(new Startup(List.of(3000.0), 1));

		List<Target> targets = Targets.check(report);

		assertThat(targets).containsExactly(new Target("start-up to readiness below 3 s", "3.00 s", false));
	}

	@Test
	void checksMemoryUnderLoad() {
		List<Target> targets = Targets.check(ReportFixtures.full());

		assertThat(targets).contains(new Target("resident memory under load below 400 MB", "350 MB", true));
	}

	@Test
	void hasNoNginxTargetsWithoutNginx() {
		List<Target> targets = Targets.check(ReportFixtures.withoutNginx());

		assertThat(targets).extracting(Target::target).noneMatch((target) -> target.contains("nginx"));
	}

}
