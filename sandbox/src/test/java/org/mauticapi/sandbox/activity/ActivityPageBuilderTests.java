package org.mauticapi.sandbox.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mauticapi.contract.MauticApiContract;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ActivityPageBuilder} beyond the recorded exchanges
 * ({@link ActivityRecordingsTests}).
 */
class ActivityPageBuilderTests {

	private static final MauticApiContract CONTRACT = MauticApiContract.load();

	private final ActivityPageBuilder builder = new ActivityPageBuilder(
			Clock.fixed(Instant.parse("2026-11-22T21:00:00Z"), ZoneOffset.UTC));

	private final List<ActivityEvent> events = List.of(
			ActivityEvents.segmentMembership(new SegmentMembershipChanged(8, 1, "UK contacts", true, at("20:28:07"))),
			ActivityEvents.segmentMembership(new SegmentMembershipChanged(9, 1, "VIP customers", true, at("20:28:08"))),
			ActivityEvents.doNotContact(new DoNotContactAdded(1, 1, "email", null, 3, "", at("20:28:09"))),
			ActivityEvents.pointsChanged(
					new PointsChanged(1, 1, "Webinar attended", "Attended", "API", 10, null, at("20:28:10"))));

	@Test
	void answersTheDefaultsWithNoParameters() {
		ObjectNode body = build(this.events, Map.of());

		assertThat(body.propertyNames()).containsExactly("events", "filters", "order", "types", "total", "page",
				"limit", "maxPages");
		assertThat(eventIds(body)).containsExactly("point.gained1", "lead.donotcontact1", "segment_membership9",
				"segment_membership8");
		assertThat(body.get("order").toString()).isEqualTo("[\"timestamp\",\"DESC\"]");
		assertThat(body.get("maxPages").isDouble()).isTrue();
	}

	@Test
	void sortsOnlyTheExactDescDescending() {
		ObjectNode body = build(this.events, query("order[0]", "timestamp", "order[1]", "desc"));

		assertThat(eventIds(body)).containsExactly("segment_membership8", "segment_membership9", "lead.donotcontact1",
				"point.gained1");
	}

	@Test
	void leavesTheMergedOrderForAnUnknownColumn() {
		ObjectNode body = build(this.events, query("order[0]", "contactId", "order[1]", "ASC"));

		assertThat(eventIds(body)).containsExactly("lead.donotcontact1", "segment_membership8", "segment_membership9",
				"point.gained1");
	}

	@Test
	void skipsAndDoesNotCountDncEventsWhileSearching() {
		ObjectNode body = build(this.events, query("filters[search]", "e"));

		assertThat(eventIds(body)).doesNotContain("lead.donotcontact1");
		assertThat(body.get("total").asInt()).isEqualTo(3);
	}

	@Test
	void searchesNothingForZero() {
		ObjectNode body = build(this.events, query("filters[search]", "0"));

		assertThat(body.get("total").asInt()).isEqualTo(4);
		assertThat(body.at("/filters/search").asString()).isEqualTo("0");
	}

	@Test
	void pagesEachTypeOnItsOwn() {
		ObjectNode body = build(this.events, query("limit", "1", "page", "2"));

		assertThat(eventIds(body)).containsExactly("segment_membership8");
		assertThat(body.get("maxPages").asDouble()).isEqualTo(2.0);
		assertThat(body.get("total").asInt()).isEqualTo(4);
	}

	@Test
	void answersTheIntegerOneWhenNothingMatches() {
		ObjectNode body = build(this.events, query("filters[dateTo]", "2026-11-21"));

		assertThat(body.get("maxPages").isInt()).isTrue();
		assertThat(body.get("events").isEmpty()).isTrue();
	}

	@Test
	void failsToDivideByAZeroLimit() {
		assertThatExceptionOfType(MauticActivityException.class)
			.isThrownBy(() -> this.builder.build(this.events, query("limit", "0")));
	}

	@Test
	void failsForAnUnknownDncReasonOnThePage() {
		List<ActivityEvent> broken = List
			.of(ActivityEvents.doNotContact(new DoNotContactAdded(7, 4, "email", null, 99, "", at("20:28:13"))));

		assertThatExceptionOfType(MauticActivityException.class).isThrownBy(() -> this.builder.build(broken, Map.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-22 20:28:08", "2026-11-22T20:28:08+00:00", "2026-11-22T21:28:08+01:00" })
	void filtersFromADateTime(String from) {
		ObjectNode body = build(this.events, query("filters[dateFrom]", from));

		assertThat(eventIds(body)).containsExactly("point.gained1", "lead.donotcontact1", "segment_membership9");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-a-date", "2026-11-22 25:00", "22/11/2026" })
	void failsForADateMauticCannotParse(String date) {
		assertThatExceptionOfType(MauticActivityException.class)
			.isThrownBy(() -> this.builder.build(this.events, query("filters[dateTo]", date)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "filters", "filters[includeEvents]", "filters[excludeEvents]", "order" })
	void failsForAScalarWhereMauticWantsAnArray(String name) {
		assertThatExceptionOfType(MauticActivityException.class)
			.isThrownBy(() -> this.builder.build(this.events, query(name, "point.gained")));
	}

	@Test
	void echoesTheFiltersSentFirst() {
		ObjectNode body = build(this.events,
				query("filters[excludeEvents][]", "point.gained", "filters[dateFrom]", "2026-11-22"));

		assertThat(body.get("filters").propertyNames()).containsExactly("excludeEvents", "dateFrom", "search",
				"includeEvents");
		assertThat(eventIds(body)).doesNotContain("point.gained1");
	}

	/** Builds the body and checks it against the spec. */
	private ObjectNode build(List<ActivityEvent> events, Map<String, List<String>> query) {
		ObjectNode body = this.builder.build(events, query);
		assertThat(CONTRACT.validateResponse("GET", "/api/contacts/1/activity", 200,
				Recording.MAPPER.readTree(body.toString())))
			.isEmpty();
		return body;
	}

	private static Map<String, List<String>> query(String... namesAndValues) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			query.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
		}
		return query;
	}

	private static List<String> eventIds(ObjectNode body) {
		return body.get("events").valueStream().map((event) -> event.get("eventId").asString()).toList();
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-22T" + time + "Z");
	}

}
