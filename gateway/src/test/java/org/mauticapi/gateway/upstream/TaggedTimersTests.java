package org.mauticapi.gateway.upstream;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaggedTimersTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final TaggedTimers timers = new TaggedTimers(this.registry, "calls", "Calls", "operation", "status");

	@Test
	void recordsEachSeriesUnderItsTags() {
		this.timers.timer("getContact", "200").record(Duration.ofMillis(3));
		this.timers.timer("getContact", "200").record(Duration.ofMillis(5));
		this.timers.timer("getContact", "404").record(Duration.ofMillis(1));

		assertThat(this.registry.get("calls").tags("operation", "getContact", "status", "200").timer().count())
			.isEqualTo(2);
		assertThat(this.registry.get("calls").tags("operation", "getContact", "status", "404").timer().count())
			.isEqualTo(1);
		assertThat(this.registry.get("calls").timers()).hasSize(2);
	}

	@Test
	void givesTheSameTimerForTheSameValues() {
		assertThat(this.timers.timer("listContacts", "200")).isSameAs(this.timers.timer("listContacts", "200"));
	}

	@Test
	void refusesValuesThatDoNotMatchItsTags() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.timers.timer("getContact"))
			.withMessageContaining("[operation, status]");
	}

}
