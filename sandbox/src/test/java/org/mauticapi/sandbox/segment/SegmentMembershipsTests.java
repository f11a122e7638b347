package org.mauticapi.sandbox.segment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.activity.ActivityEvent;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.config.SandboxProperties;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactCompaniesView;
import org.mauticapi.sandbox.contact.ContactStagesView;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.contact.ContactWriter;
import org.mauticapi.sandbox.contact.TagStore;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rebuild job and manual membership changes at service level: which rows they write,
 * and the timeline events with ids from the sequence shared by Mautic's
 * {@code lead_event_log}.
 */
class SegmentMembershipsTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:28:04Z"), ZoneOffset.UTC);

	private final SandboxState state = new SandboxState(CLOCK);

	private final SandboxProperties properties = new SandboxProperties("admin", "mautic", "empty", 1000,
			DataSize.ofMegabytes(5), "5.1.0");

	private final UserStore users = new UserStore(this.state, this.properties);

	private final FieldStore fields = new FieldStore(this.state, JsonMapper.shared());

	private final ContactStore contacts = new ContactStore(this.state, this.properties);

	private final ContactWriter writer = new ContactWriter(this.fields, this.users, new TagStore(this.state),
			this.contacts, this.state, new DefaultListableBeanFactory().getBeanProvider(ContactStagesView.class));

	private final SegmentStore segments = new SegmentStore(this.state);

	private final SegmentForm form = new SegmentForm(this.segments,
			new SegmentFilterForm(this.fields, new TagStore(this.state)), this.users);

	private final ActivityLog activity = new ActivityLog();

	private final SegmentMemberships memberships = new SegmentMemberships(this.state, this.segments, this.contacts,
			this.fields, new DefaultListableBeanFactory().getBeanProvider(ContactCompaniesView.class), this.activity,
			CLOCK);

	private final StoredContactSegmentsView view = new StoredContactSegmentsView(this.segments);

	@Test
	void rebuildTakesSegmentsByNameAndContactsByIdWithOneEventEach() {
		Segment beta = segment("{\"name\":\"beta\",\"filters\":" + cityIs("London") + "}");
		Segment alpha = segment("{\"name\":\"Alpha\",\"filters\":" + cityIs("London") + "}");
		Contact first = contact("{\"city\":\"London\"}");
		Contact second = contact("{\"city\":\"London\"}");
		contact("{\"city\":\"Paris\"}");

		SegmentMemberships.RebuildSummary summary = this.memberships.rebuildAll();

		assertThat(summary).isEqualTo(new SegmentMemberships.RebuildSummary(2, 4, 0));
		assertThat(this.activity.allEvents()).extracting(ActivityEvent::eventId, ActivityEvent::contactId)
			.containsExactly(tuple("segment_membership1", first.id()), tuple("segment_membership2", second.id()),
					tuple("segment_membership3", first.id()), tuple("segment_membership4", second.id()));
		assertThat(this.activity.allEvents().get(0).body().path("eventLabel").asString())
			.isEqualTo("Contact added to segment, Alpha");
		assertThat(this.segments.row(alpha.id(), first.id())).hasValue(Membership.byFilter(CLOCK.instant()));
		assertThat(beta.modifiedByUser()).isEqualTo(" ");
	}

	@Test
	void rebuildLeavesUnpublishedAndFilterlessSegmentsAlone() {
		Segment draft = segment("{\"name\":\"Draft\",\"isPublished\":false,\"filters\":" + cityIs("London") + "}");
		Segment manual = segment("{\"name\":\"Manual\"}");
		Contact contact = contact("{\"city\":\"London\"}");
		this.memberships.addByHand(manual, contact.id());

		this.memberships.rebuildAll();

		assertThat(this.segments.membershipsOf(contact.id())).containsOnlyKeys(manual.id());
		assertThat(draft.modifiedByUser()).isNull();
	}

	@Test
	void removingAFilterMemberByHandFlagsTheRowSoTheRebuildKeepsItOut() {
		Segment london = segment("{\"name\":\"London\",\"filters\":" + cityIs("London") + "}");
		Contact contact = contact("{\"city\":\"London\"}");
		this.memberships.rebuildAll();

		this.memberships.removeByHand(london, contact.id());
		this.memberships.rebuildAll();

		assertThat(this.segments.row(london.id(), contact.id())).get()
			.extracting(Membership::manuallyRemoved)
			.isEqualTo(true);
		assertThat(this.view.segmentIdsOf(contact.id())).isEmpty();
		assertThat(this.activity.allEvents()).extracting((event) -> event.body().path("eventLabel").asString())
			.containsExactly("Contact added to segment, London", "Contact removed from segment, London");
	}

	@Test
	void addingByHandTakesBackARemovalAndKeepsTheMemberThroughRebuilds() {
		Segment london = segment("{\"name\":\"London\",\"filters\":" + cityIs("London") + "}");
		Contact contact = contact("{\"city\":\"Paris\"}");

		this.memberships.addByHand(london, contact.id());
		this.memberships.addByHand(london, contact.id());
		this.memberships.rebuildAll();

		assertThat(this.segments.row(london.id(), contact.id())).get()
			.extracting(Membership::manuallyAdded)
			.isEqualTo(true);
		assertThat(this.activity.allEvents()).hasSize(1);
	}

	@Test
	void aContactLeavesWhenTheFiltersNoLongerMatch() {
		Segment london = segment("{\"name\":\"London\",\"filters\":" + cityIs("London") + "}");
		Contact contact = contact("{\"city\":\"London\"}");
		this.memberships.rebuildContact(contact);

		this.writer.apply(contact, JsonMapper.shared().readTree("{\"city\":\"Leeds\"}"), ContactWriter.Mode.UPDATE,
				this.users.currentUser(), true);
		SegmentMemberships.RebuildSummary summary = this.memberships.rebuildContact(contact);

		assertThat(summary.removed()).isEqualTo(1);
		assertThat(this.segments.row(london.id(), contact.id())).isEmpty();
	}

	@Test
	void leadlistFiltersSeeMembershipsTheRebuildJustMade() {
		Segment london = segment("{\"name\":\"A London\",\"filters\":" + cityIs("London") + "}");
		Segment members = segment("{\"name\":\"B Members of A\",\"filters\":[{\"glue\":\"and\",\"field\":\"leadlist\","
				+ "\"object\":\"lead\",\"type\":\"leadlist\",\"operator\":\"in\",\"properties\":{\"filter\":[\""
				+ london.id() + "\"]}}]}");
		Contact contact = contact("{\"city\":\"London\"}");

		this.memberships.rebuildAll();

		assertThat(this.view.segmentIdsOf(contact.id())).containsExactly(london.id(), members.id());
		assertThat(this.view.segmentAliasesOf(contact.id())).containsExactlyInAnyOrder("a-london", "b-members-of-a");
	}

	private Segment segment(String json) {
		Segment segment = this.segments.create(this.users.currentUser());
		this.form.apply(segment, JsonMapper.shared().readTree(json), SegmentForm.Mode.CREATE);
		this.segments.add(segment);
		return segment;
	}

	private Contact contact(String json) {
		Contact contact = this.contacts.create(this.users.currentUser());
		this.writer.apply(contact, JsonMapper.shared().readTree(json), ContactWriter.Mode.UPDATE,
				this.users.currentUser(), false);
		return contact;
	}

	private static String cityIs(String city) {
		return "[{\"glue\":\"and\",\"field\":\"city\",\"object\":\"lead\",\"type\":\"text\",\"operator\":\"=\","
				+ "\"properties\":{\"filter\":\"" + city + "\"}}]";
	}

}
