package org.mauticapi.sandbox.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;

import org.springframework.stereotype.Component;

/**
 * The segments by id in creation order, and their rows of contacts
 * ({@code lead_lists_leads}). Call under the state's lock: reads under {@code read},
 * changes under {@code write}.
 */
@Component
public class SegmentStore {

	private final SandboxState state;

	private final Map<Long, Segment> segments = new LinkedHashMap<>();

	/** Rows by segment id, then by contact id. */
	private final Map<Long, Map<Long, Membership>> rows = new LinkedHashMap<>();

	public SegmentStore(SandboxState state) {
		this.state = state;
	}

	Optional<Segment> find(long id) {
		return Optional.ofNullable(this.segments.get(id));
	}

	Segment get(long id) {
		return find(id).orElseThrow(MauticApiException::notFound);
	}

	List<Segment> all() {
		return new ArrayList<>(this.segments.values());
	}

	/**
	 * A new segment with Mautic's create defaults; it gets its id when {@link #add
	 * added}.
	 */
	Segment create(User by) {
		return new Segment(this.state.now(), by.id(), by.fullName());
	}

	void add(Segment segment) {
		segment.id = this.state.nextId("lead_lists");
		this.segments.put(segment.id(), segment);
		this.rows.put(segment.id(), new TreeMap<>());
	}

	void remove(long id) {
		this.segments.remove(id);
		this.rows.remove(id);
	}

	/**
	 * Whether another published segment has this alias: {@code ListModel::saveEntity}
	 * asks {@code LeadListRepository::getLists(null, alias, id)}, which sees published
	 * segments only; compared as MySQL's default collation does, ignoring case.
	 */
	boolean publishedAliasTaken(String alias, long exceptId) {
		return this.segments.values()
			.stream()
			.anyMatch((segment) -> segment.published && sameAlias(segment, alias, exceptId));
	}

	/**
	 * Whether Mautic's {@code UniqueUserAlias} refuses this alias:
	 * {@code getLists(user, alias, id)} sees the segments that are published and global,
	 * or created by the user.
	 */
	boolean aliasInUse(String alias, long exceptId, long userId) {
		return this.segments.values()
			.stream()
			.anyMatch((segment) -> ((segment.published && segment.global) || segment.createdBy == userId)
					&& sameAlias(segment, alias, exceptId));
	}

	private static boolean sameAlias(Segment segment, String alias, long exceptId) {
		return segment.id() != exceptId
				&& segment.alias().toLowerCase(Locale.ROOT).equals(alias.toLowerCase(Locale.ROOT));
	}

	Optional<Membership> row(long segmentId, long contactId) {
		return Optional.ofNullable(this.rows.getOrDefault(segmentId, Map.of()).get(contactId));
	}

	void putRow(long segmentId, long contactId, Membership membership) {
		this.rows.computeIfAbsent(segmentId, (id) -> new TreeMap<>()).put(contactId, membership);
	}

	void removeRow(long segmentId, long contactId) {
		Map<Long, Membership> segmentRows = this.rows.get(segmentId);
		if (segmentRows != null) {
			segmentRows.remove(contactId);
		}
	}

	/** The rows of a segment by contact id, in contact id order. */
	Map<Long, Membership> rowsOf(long segmentId) {
		return Collections.unmodifiableMap(new TreeMap<>(this.rows.getOrDefault(segmentId, Map.of())));
	}

	/**
	 * The segments a contact is a member of (rows not removed by hand), by segment id in
	 * id order.
	 */
	Map<Long, Membership> membershipsOf(long contactId) {
		Map<Long, Membership> memberships = new TreeMap<>();
		this.rows.forEach((segmentId, segmentRows) -> {
			Membership row = segmentRows.get(contactId);
			if (row != null && row.isMember()) {
				memberships.put(segmentId, row);
			}
		});
		return memberships;
	}

	Set<Long> segmentIdsOf(long contactId) {
		return new TreeSet<>(membershipsOf(contactId).keySet());
	}

	/** Forgets a deleted contact's rows (Mautic's foreign key cascades). */
	void removeContact(long contactId) {
		this.rows.values().forEach((segmentRows) -> segmentRows.remove(contactId));
	}

}
