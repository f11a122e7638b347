package org.mauticapi.sandbox.activity;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ActivityEvents}; the recorded shapes are checked by
 * {@link ActivityRecordingsTests}.
 */
class ActivityEventsTests {

	private static final Instant AT = Instant.parse("2026-11-22T20:28:12Z");

	@Test
	void labelsASegmentLeave() {
		ActivityEvent event = ActivityEvents
			.segmentMembership(new SegmentMembershipChanged(40, 3, "UK contacts", false, AT));

		assertThat(event.body().get("eventLabel").asString()).isEqualTo("Contact removed from segment, UK contacts");
		assertThat(event.eventId()).isEqualTo("segment_membership40");
		assertThat(event.nameColumn()).isEqualTo("removed");
	}

	@Test
	void writesAPointGroupChangeWithStringNumbersAndTheGroup() {
		ActivityEvent event = ActivityEvents
			.pointsChanged(new PointsChanged(18, 1, "Manual change", "API", "API", -98, "Engagement", AT));

		JsonNode log = event.body().at("/details/log");
		assertThat(event.body().get("eventLabel").asString()).isEqualTo("Manual change / -98 (Engagement)");
		assertThat(event.body().get("contactId").isString()).isTrue();
		assertThat(log.propertyNames()).containsExactly("eventName", "actionName", "dateAdded", "type", "delta", "id",
				"lead_id", "groupName");
		assertThat(log.get("delta").asString()).isEqualTo("-98");
	}

	@Test
	void leavesTheGroupOutOfContactPoints() {
		ActivityEvent event = ActivityEvents
			.pointsChanged(new PointsChanged(2, 1, "add (+)", "API", "API", 5, null, AT));

		assertThat(event.body().get("eventLabel").asString()).isEqualTo("add (+) / 5");
		assertThat(event.body().at("/details/log").has("groupName")).isFalse();
	}

	@Test
	void labelsUtmTagsWithoutCampaignByTheTypeAndSendsAnEmptyQueryAsList() {
		JsonNode tags = Recording.MAPPER.readTree("{\"utm_source\":\"linkedin\",\"utm_campaign\":null}");

		ActivityEvent event = ActivityEvents.utmTagsAdded(new UtmTagsAdded(3, 2, AT, tags));

		assertThat(event.body().get("eventLabel").asString()).isEqualTo("UTM tags recorded");
		assertThat(event.body().at("/details/utmtags").toString()).isEqualTo(
				"{\"id\":\"3\",\"lead_id\":\"2\",\"date_added\":\"2026-11-22T20:28:12+00:00\",\"query\":[],\"utm_source\":\"linkedin\"}");
	}

	@Test
	void marksADncReasonMauticCannotNameAsUnrenderable() {
		ActivityEvent event = ActivityEvents.doNotContact(new DoNotContactAdded(7, 4, "email", null, 99, "", AT));

		assertThat(event.renderable()).isFalse();
	}

	@Test
	void writesADncEntryWithItsChannelItem() {
		ActivityEvent event = ActivityEvents
			.doNotContact(new DoNotContactAdded(2, 7, "email", 26L, 1, "Unsubscribed via API", AT));

		assertThat(event.renderable()).isTrue();
		assertThat(event.body().get("eventLabel").asString()).isEqualTo("Email");
		assertThat(event.body().at("/details/dnc").propertyNames()).containsExactly("id", "channel", "channel_id",
				"date_added", "reason", "comments");
		assertThat(event.body().at("/details/dnc/reason").asString())
			.isEqualTo("Contact unsubscribed from this channel.");
	}

}
