package org.mauticapi.sandbox.activity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activity timeline's beans: one log shared by everything that records events, and
 * the page builder.
 */
@Configuration(proxyBeanMethods = false)
public class ActivityConfiguration {

	@Bean
	ActivityLog activityLog() {
		return new ActivityLog();
	}

	@Bean
	ActivityPageBuilder activityPageBuilder(Clock clock) {
		return new ActivityPageBuilder(clock);
	}

}
