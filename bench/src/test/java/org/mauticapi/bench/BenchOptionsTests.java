package org.mauticapi.bench;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link BenchOptions}: what a run is asked for on the command line.
 */
class BenchOptionsTests {

	@Test
	void readsMemoryThirtySecondsAfterTheLoadsUnlessQuick() {
		assertThat(BenchOptions.parse(new String[0]).afterLoad()).isEqualTo(Duration.ofSeconds(30));
		assertThat(BenchOptions.parse(new String[] { "--quick" }).afterLoad()).isEqualTo(Duration.ofSeconds(10));
		assertThat(BenchOptions.parse(new String[] { "--after-load=5" }).afterLoad()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void looksForNginxUnlessToldWhereOrToLeaveItOut() {
		assertThat(BenchOptions.parse(new String[0]).nginx()).isNull();
		assertThat(BenchOptions.parse(new String[] { "--nginx=none" }).nginx()).isEqualTo("none");
		assertThat(BenchOptions.parse(new String[] { "--nginx=/opt/nginx/sbin/nginx" }).nginx())
			.isEqualTo("/opt/nginx/sbin/nginx");
	}

	@Test
	void passesTheGatewaysJvmOptionsToItsLauncher() {
		BenchOptions options = BenchOptions
			.parse(new String[] { "--gateway-jvm-options=-Xmx320m  -Xlog:gc", "--repository=/work/project" });

		assertThat(options.launcher().jvmOptions()).containsExactly("-Xmx320m", "-Xlog:gc");
		assertThat(options.launcher().script()).hasToString("/work/project/bin/mautic-gateway");
	}

	@Test
	void saysWhyTheCappedHeapRunIsGone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchOptions.parse(new String[] { "--heap-cap=-Xmx256m" }))
			.withMessageContaining("bin/mautic-gateway bounds the gateway's memory itself")
			.withMessageContaining("--gateway-jvm-options");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(new String[] { "--parts=rest,heap" }))
			.withMessageContaining("The heap part and --heap-cap are gone");
	}

	@Test
	void refusesAnUnknownPart() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(new String[] { "--parts=rest,nginx" }))
			.withMessageContaining("Unknown part nginx");
	}

}
