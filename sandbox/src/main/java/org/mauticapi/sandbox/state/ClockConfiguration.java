package org.mauticapi.sandbox.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sandbox's clock: the system clock in UTC, replaceable in tests.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/**
	 * The system clock, or, with {@code sandbox.start-time} (an ISO instant), a clock
	 * that starts there and ticks: for replaying exchanges recorded on another day.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock sandboxClock(@Value("${sandbox.start-time:}") String startTime) {
		if (startTime.isBlank()) {
			return Clock.systemUTC();
		}
		return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse(startTime)));
	}

}
