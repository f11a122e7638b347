package org.mauticapi.sandbox.activity;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ActivityLog}.
 */
class ActivityLogTests {

	private static final Instant AT = Instant.parse("2026-11-22T20:28:12Z");

	private final ActivityLog log = new ActivityLog();

	@Test
	void keepsEventsPerContactInWritingOrder() {
		this.log.append(segment(1, 1));
		this.log.append(segment(2, 2));
		this.log.append(segment(3, 1));

		List<ActivityEvent> events = this.log.eventsOf(1);

		assertThat(events).extracting(ActivityEvent::eventId)
			.containsExactly("segment_membership1", "segment_membership3");
		assertThat(this.log.allEvents()).hasSize(3);
	}

	@Test
	void replacesAnEventWrittenAgain() {
		this.log.append(ActivityEvents.doNotContact(new DoNotContactAdded(1, 5, "email", null, 3, "", AT)));
		this.log.append(ActivityEvents.doNotContact(new DoNotContactAdded(1, 5, "email", null, 2, "again", AT)));

		List<ActivityEvent> events = this.log.eventsOf(5);

		assertThat(events).singleElement()
			.satisfies((event) -> assertThat(event.body().at("/details/dnc/comments").asString()).isEqualTo("again"));
	}

	@Test
	void removesOneEvent() {
		this.log.append(segment(1, 1));
		this.log.append(segment(2, 1));

		boolean removed = this.log.remove("segment_membership1");

		assertThat(removed).isTrue();
		assertThat(this.log.eventsOf(1)).extracting(ActivityEvent::eventId).containsExactly("segment_membership2");
	}

	@Test
	void forgetsADeletedContact() {
		this.log.append(segment(1, 1));
		this.log.append(segment(2, 2));

		this.log.removeContact(1);

		assertThat(this.log.eventsOf(1)).isEmpty();
		assertThat(this.log.allEvents()).extracting(ActivityEvent::contactId).containsExactly(2L);
	}

	@Test
	void resetForgetsEverything() {
		this.log.append(segment(1, 1));

		this.log.reset();

		assertThat(this.log.allEvents()).isEmpty();
	}

	private static ActivityEvent segment(long logId, long contactId) {
		return ActivityEvents
			.segmentMembership(new SegmentMembershipChanged(logId, contactId, "VIP customers", true, AT));
	}

}
