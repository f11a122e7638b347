package org.mauticapi.sandbox.segment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.SegmentMembershipChanged;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactCompaniesView;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.segment.filter.SegmentFilters;
import org.mauticapi.sandbox.state.SandboxState;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Changes segment memberships the ways Mautic does, writing a {@code segment_membership}
 * timeline event for each change: by hand ({@code ListModel::addLead}/{@code removeLead}
 * with the manual flags) and by the rebuild job ({@code mautic:segments:update}), which
 * adds the contacts a published segment's filters match and drops those it no longer
 * matches, leaving rows added or removed by hand alone. Call under the write lock.
 */
@Component
class SegmentMemberships {

	/**
	 * The name Mautic's rebuild job writes as the modifier: the console has no user
	 * (recordings 351, 364).
	 */
	static final String REBUILD_USER_NAME = " ";

	/**
	 * Mautic's rebuild job takes the segments in name order (recorded timeline events
	 * 8-27).
	 */
	private static final Comparator<Segment> REBUILD_ORDER = Comparator
		.comparing((Segment segment) -> segment.name().toLowerCase(Locale.ROOT))
		.thenComparingLong(Segment::id);

	private final SandboxState state;

	private final SegmentStore segments;

	private final ContactStore contacts;

	private final FieldStore fields;

	private final ObjectProvider<ContactCompaniesView> companies;

	private final ActivityLog activity;

	private final Clock clock;

	private final SegmentFilters filters = new SegmentFilters();

	SegmentMemberships(SandboxState state, SegmentStore segments, ContactStore contacts, FieldStore fields,
			ObjectProvider<ContactCompaniesView> companies, ActivityLog activity, Clock clock) {
		this.state = state;
		this.segments = segments;
		this.contacts = contacts;
		this.fields = fields;
		this.companies = companies;
		this.activity = activity;
		this.clock = clock;
	}

	/**
	 * Adds a contact by hand: a new row, or a row removed by hand taken back; a member
	 * already stays as it is.
	 * @param segment the segment
	 * @param contactId the contact
	 */
	void addByHand(Segment segment, long contactId) {
		Optional<Membership> row = this.segments.row(segment.id(), contactId);
		if (row.isPresent() && row.get().isMember()) {
			return;
		}
		Instant now = this.state.now();
		Membership added = row.map((removed) -> new Membership(removed.dateAdded(), true, false))
			.orElseGet(() -> Membership.byHand(now));
		this.segments.putRow(segment.id(), contactId, added);
		record(segment, contactId, true, now);
	}

	/**
	 * Removes a contact by hand: a row added by hand goes, a row added by the filters
	 * stays flagged as removed so that the rebuild does not add the contact again; a
	 * contact that is no member is left alone.
	 * @param segment the segment
	 * @param contactId the contact
	 */
	void removeByHand(Segment segment, long contactId) {
		Optional<Membership> row = this.segments.row(segment.id(), contactId);
		if (row.isEmpty() || !row.get().isMember()) {
			return;
		}
		if (row.get().manuallyAdded()) {
			this.segments.removeRow(segment.id(), contactId);
		}
		else {
			this.segments.putRow(segment.id(), contactId, new Membership(row.get().dateAdded(), false, true));
		}
		record(segment, contactId, false, this.state.now());
	}

	/**
	 * Runs the rebuild job over every contact.
	 * @return what it did
	 */
	RebuildSummary rebuildAll() {
		return rebuild(this.contacts.all(), true);
	}

	/**
	 * Updates every filter membership as the job would, without being the job: the
	 * sandbox's immediate rebuild policy runs this after each change, and, unlike
	 * Mautic's cron run, it leaves the segments' last modifier alone (a Mautic whose job
	 * has not run shows {@code modifiedByUser: null} until a segment is edited).
	 */
	RebuildSummary followFilters() {
		return rebuild(this.contacts.all(), false);
	}

	/**
	 * Runs the rebuild job for one contact, as the job would treat it; other contacts'
	 * memberships cannot depend on it.
	 * @param contact the contact
	 * @return what it did
	 */
	RebuildSummary rebuildContact(Contact contact) {
		return rebuild(List.of(contact), false);
	}

	private RebuildSummary rebuild(List<Contact> candidates, boolean asTheJob) {
		List<Contact> ordered = new ArrayList<>(candidates);
		ordered.sort(Comparator.comparingLong(Contact::id));
		List<Segment> published = this.segments.all()
			.stream()
			.filter(Segment::isPublished)
			.sorted(REBUILD_ORDER)
			.toList();
		int added = 0;
		int removed = 0;
		for (Segment segment : published) {
			// A segment without filters is built by hand only: the job has nothing to add
			// or drop.
			if (!segment.filters.isEmpty()) {
				List<Contact> matching = new ArrayList<>();
				List<Contact> notMatching = new ArrayList<>();
				for (Contact contact : ordered) {
					(matches(segment, contact) ? matching : notMatching).add(contact);
				}
				added += addMatching(segment, matching);
				removed += dropOrphans(segment, notMatching);
			}
			if (asTheJob) {
				segment.modifiedByUser = REBUILD_USER_NAME;
			}
		}
		return new RebuildSummary(published.size(), added, removed);
	}

	private int addMatching(Segment segment, List<Contact> matching) {
		int added = 0;
		for (Contact contact : matching) {
			if (this.segments.row(segment.id(), contact.id()).isEmpty()) {
				Instant now = this.state.now();
				this.segments.putRow(segment.id(), contact.id(), Membership.byFilter(now));
				record(segment, contact.id(), true, now);
				added++;
			}
		}
		return added;
	}

	private int dropOrphans(Segment segment, List<Contact> notMatching) {
		int removed = 0;
		for (Contact contact : notMatching) {
			Optional<Membership> row = this.segments.row(segment.id(), contact.id());
			if (row.isPresent() && !row.get().manuallyAdded() && !row.get().manuallyRemoved()) {
				this.segments.removeRow(segment.id(), contact.id());
				record(segment, contact.id(), false, this.state.now());
				removed++;
			}
		}
		return removed;
	}

	private boolean matches(Segment segment, Contact contact) {
		FilterableStoredContact filterable = new FilterableStoredContact(contact, this.fields,
				this.companies.getIfAvailable(), this.segments);
		return this.filters.matches(segment.filters, filterable, this.clock);
	}

	private void record(Segment segment, long contactId, boolean added, Instant at) {
		SegmentMembershipChanged change = new SegmentMembershipChanged(this.state.nextId("lead_event_log"), contactId,
				segment.name(), added, at);
		this.activity.append(ActivityEvents.segmentMembership(change));
	}

	/**
	 * What a rebuild did.
	 *
	 * @param segments how many published segments it went through
	 * @param added how many memberships it added
	 * @param removed how many it dropped
	 */
	record RebuildSummary(int segments, int added, int removed) {
	}

}
