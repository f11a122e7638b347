package org.mauticapi.sandbox.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mauticapi.contract.MauticApiContract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ActivityPageBuilder} and {@link ActivityEvents} against every recorded
 * activity exchange, on the timeline {@link RecordedTimeline} rebuilds from the exchanges
 * before it.
 */
class ActivityRecordingsTests {

	private static final List<Recording> RECORDINGS = Recording.all();

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private static final Pattern CONTACT_ACTIVITY = Pattern.compile("^/api/contacts/(\\d+)/activity$");

	/** Keys whose values are times: compared by shape only. */
	private static final Set<String> TIME_KEYS = Set.of("timestamp", "dateAdded", "date_added");

	private final ActivityPageBuilder builder = new ActivityPageBuilder(
			Clock.fixed(Instant.parse("2026-11-22T21:00:00Z"), ZoneOffset.UTC));

	static Stream<Recording> answered() {
		// a missing contact's 404 (activity-contact-missing) is the contact store's
		// answer, not the timeline's
		return RECORDINGS.stream().filter((recording) -> recording.isActivity() && recording.status() == 200);
	}

	static Stream<Recording> failed() {
		return RECORDINGS.stream().filter((recording) -> recording.isActivity() && recording.status() == 500);
	}

	@ParameterizedTest
	@MethodSource("answered")
	void answersAsRecorded(Recording recording) {
		List<ActivityEvent> events = eventsFor(recording);

		ObjectNode body = this.builder.build(events, recording.query());

		JsonNode sent = Recording.MAPPER.readTree(body.toString());
		assertThat(eventSummary(sent)).isEqualTo(eventSummary(recording.responseBody()));
		assertThat(shape(sent)).isEqualTo(shape(recording.responseBody()));
		assertThat(masked(sent)).isEqualTo(masked(recording.responseBody()));
		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1/activity", 200, sent)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("failed")
	void failsWhereMauticFails(Recording recording) {
		List<ActivityEvent> events = eventsFor(recording);

		assertThatExceptionOfType(MauticActivityException.class)
			.isThrownBy(() -> this.builder.build(events, recording.query()));
	}

	private static List<ActivityEvent> eventsFor(Recording recording) {
		ActivityLog log = RecordedTimeline.before(RECORDINGS, recording.number());
		Matcher contact = CONTACT_ACTIVITY.matcher(recording.path());
		return contact.matches() ? log.eventsOf(Long.parseLong(contact.group(1))) : log.allEvents();
	}

	/** One line per event: type, id, label and contact, in answer order. */
	private static List<String> eventSummary(JsonNode body) {
		return body.path("events")
			.valueStream()
			.map((event) -> event.path("eventId").asString() + " | " + event.path("eventLabel") + " | "
					+ event.path("contactId").asString())
			.toList();
	}

	/** Keys in order and value types, recursively. */
	private static String shape(JsonNode node) {
		if (node.isObject()) {
			return node.properties()
				.stream()
				.map((property) -> property.getKey() + ":" + shape(property.getValue()))
				.collect(Collectors.joining(",", "{", "}"));
		}
		if (node.isArray()) {
			return node.valueStream().map(ActivityRecordingsTests::shape).collect(Collectors.joining(",", "[", "]"));
		}
		if (node.isNumber()) {
			return node.isIntegralNumber() ? "int" : "float";
		}
		return node.getNodeType().name().toLowerCase();
	}

	/** The body with time values blanked. */
	private static JsonNode masked(JsonNode node) {
		JsonNode copy = node.deepCopy();
		mask(copy);
		return copy;
	}

	private static void mask(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				if (TIME_KEYS.contains(property.getKey()) && property.getValue().isString()) {
					object.set(property.getKey(), StringNode.valueOf("<time>"));
				}
				else {
					mask(property.getValue());
				}
			}
		}
		else if (node.isArray()) {
			node.forEach(ActivityRecordingsTests::mask);
		}
	}

}
