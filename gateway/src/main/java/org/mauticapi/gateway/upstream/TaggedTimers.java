package org.mauticapi.gateway.upstream;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One timer's series, by the values of its tags, each registered once. Micrometer's
 * builder sorts the tags, makes the meter's id and looks it up on every call: per
 * request, that was about 8 % of the gateway's event-loop time (a profile of {@code GET
 * /api/contacts/{id}}). The tags' values come from small sets (operations, methods,
 * statuses), so the series stay few.
 */
public final class TaggedTimers {

	private final MeterRegistry registry;

	private final String name;

	private final String description;

	private final String[] tagKeys;

	private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

	/**
	 * @param registry where the timers are registered
	 * @param name the timer's name
	 * @param description what it times
	 * @param tagKeys the names of its tags, in the order {@link #timer(String...)} is
	 * given their values
	 */
	public TaggedTimers(MeterRegistry registry, String name, String description, String... tagKeys) {
		this.registry = registry;
		this.name = name;
		this.description = description;
		this.tagKeys = tagKeys.clone();
	}

	/**
	 * The timer of these tag values.
	 * @param tagValues a value for each tag key, in their order
	 * @return the timer, registered on first use
	 */
	public Timer timer(String... tagValues) {
		if (tagValues.length != this.tagKeys.length) {
			throw new IllegalArgumentException(
					"Expected values for " + Arrays.toString(this.tagKeys) + ", got " + Arrays.toString(tagValues));
		}
		return this.timers.computeIfAbsent(List.of(tagValues), this::register);
	}

	private Timer register(List<String> tagValues) {
		Timer.Builder builder = Timer.builder(this.name).description(this.description);
		for (int i = 0; i < this.tagKeys.length; i++) {
			builder.tag(this.tagKeys[i], tagValues.get(i));
		}
		return builder.register(this.registry);
	}

}
