package org.mauticapi.conformance.glue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.ownership.EntityKind;
import org.mauticapi.conformance.run.ConformanceRun;

/**
 * Finds data to read on a target whose data the kit does not know: ids come from the target's own lists, never
 * from assumptions. What is found is kept for the run. When a target has nothing of a kind, scenarios that need it
 * are skipped, saying why.
 */
public class Discovery {

	// How many contacts are looked through for one with notes, devices, point group scores...
	private static final int CANDIDATES = 30;

	// Ids far beyond what a Mautic has handed out; each is checked not to be readable before it is relied on. Any
	// answer but 200 counts as unused: whether it is the documented 404 is for the scenario to check.
	private static final List<Long> UNUSED_ID_CANDIDATES = List.of(999_999_999L, 1_999_999_999L);

	private final ConformanceRun run = ConformanceRun.current();

	private final MauticApi api;

	public Discovery(MauticApi api) {
		this.api = api;
	}

	/**
	 * A contact that exists.
	 * @return its id
	 */
	public long anyContact() {
		return this.run.discovered("contact", () -> candidateContacts().stream()
			.findFirst()
			.orElseThrow(() -> new TestAbortedException("the target has no contact to read")));
	}

	/**
	 * A contact with at least one entry in a relation, or any contact when none has one (its empty list is checked
	 * then). Point group scores are required: without one there is no point group to use.
	 * @param relation the relation
	 * @return the contact's id
	 */
	public long contactWith(ContactRelation relation) {
		return this.run.discovered("contact with " + relation, () -> {
			for (long id : candidateContacts()) {
				Exchange exchange = this.api.look("GET", "/contacts/" + id + relation.subPath());
				if (exchange.status() == 200 && exchange.body() != null
						&& JsonValues.entries(exchange.body().path(relation.key())) > 0) {
					return id;
				}
			}
			if (relation == ContactRelation.POINT_GROUP_SCORES) {
				throw new TestAbortedException("none of the first " + CANDIDATES
						+ " contacts of the target has a point group score, so no point group id is known");
			}
			return anyContact();
		});
	}

	/**
	 * A point group, from the scores of a contact that has some.
	 * @return the point group's id
	 */
	public long pointGroup() {
		return this.run.discovered("point group", () -> {
			long contact = contactWith(ContactRelation.POINT_GROUP_SCORES);
			Exchange scores = this.api.expect(200, "GET", "/contacts/" + contact + "/points/groups", null);
			return firstId(scores.body().path("groupScores").path(0).path("group"), "point group");
		});
	}

	/**
	 * A segment that exists.
	 * @return its id
	 */
	public long anySegment() {
		return this.run.discovered("segment", () -> {
			Exchange segments = this.api.expect(200, "GET", "/segments?limit=1&minimal=true", null);
			JsonNode first = JsonValues.at(segments.body(), "lists.[first]");
			if (first.isMissingNode()) {
				throw new TestAbortedException("the target has no segment to read");
			}
			return firstId(first, "segment");
		});
	}

	/**
	 * An id that no entity of a kind has, checked on the target.
	 * @param kind contact or segment
	 * @return the id
	 */
	public long unusedId(EntityKind kind) {
		return this.run.discovered("unused " + kind, () -> {
			for (long candidate : UNUSED_ID_CANDIDATES) {
				if (this.api.look("GET", kind.path(candidate)).status() != 200) {
					return candidate;
				}
			}
			throw new TestAbortedException("every id the kit tried for a missing " + kind + " exists on the target");
		});
	}

	// The first page of contacts, without those this run created.
	private List<Long> candidateContacts() {
		return this.run.discovered("candidate contacts", () -> {
			Exchange page = this.api.expect(200, "GET", "/contacts?limit=" + CANDIDATES + "&minimal=true", null);
			List<Long> ids = new ArrayList<>();
			for (JsonNode contact : page.body().path("contacts").values()) {
				if (!EntityKind.CONTACT.carries(contact, this.run.marker()) && contact.path("id").canConvertToLong()) {
					ids.add(contact.path("id").asLong());
				}
			}
			return ids;
		});
	}

	private static long firstId(JsonNode entity, String what) {
		return Optional.of(entity.path("id"))
			.filter(JsonNode::canConvertToLong)
			.map(JsonNode::asLong)
			.orElseThrow(() -> new AssertionError("the target listed a " + what + " without an id: " + entity));
	}

}
