package org.mauticapi.conformance.glue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.ownership.EntityKind;
import org.mauticapi.conformance.report.DeviationError;
import org.mauticapi.conformance.run.ConformanceRun;

/**
 * Finds data to read on a target whose data the kit does not know: ids come from the
 * target's own lists, never from assumptions, and what is found is kept for the run. When
 * the target has nothing of a kind, the kit creates its own if writes are allowed
 * (deleted after the scenario), and otherwise skips the scenario, saying why. Standalone
 * prerequisites the target has (a point group, a company) are reused; the kit never joins
 * its contacts to a campaign it did not create, since a campaign acts on its contacts.
 */
public class Discovery {

	// How many contacts are looked through for one with notes, devices, point group
	// scores...
	private static final int CANDIDATES = 30;

	// Ids far beyond what a Mautic has handed out; each is checked not to be readable
	// before it is relied on.
	private static final List<Long> UNUSED_ID_CANDIDATES = List.of(999_999_999L, 1_999_999_999L);

	private final ConformanceRun run;

	private final boolean writesAllowed;

	private final MauticApi api;

	private final Fixtures fixtures;

	public Discovery(RunScope scope, MauticApi api, Fixtures fixtures) {
		this.run = scope.run();
		this.writesAllowed = scope.writesAllowed();
		this.api = api;
		this.fixtures = fixtures;
	}

	/**
	 * A contact that exists.
	 * @return its id
	 */
	public long contact() {
		Optional<Long> found = this.run.discovered("contact", () -> candidateContacts().stream().findFirst());
		return found
			.orElseGet(() -> ownInstead("the target has no contact to read", () -> this.fixtures.contact("own")));
	}

	/**
	 * A contact with at least one entry in a relation.
	 * @param relation the relation
	 * @return the contact's id
	 */
	public long contactWith(ContactRelation relation) {
		return discoveredContactWith(relation)
			.orElseGet(() -> ownInstead("none of the first " + CANDIDATES + " contacts of the target has " + relation,
					() -> ownContactWith(relation)));
	}

	/**
	 * A point group a contact has a score in.
	 * @param contact the contact's id
	 * @return the point group's id
	 */
	public long pointGroupOf(String contact) {
		Exchange scores = this.api.read("/contacts/" + contact + "/points/groups");
		return firstId(scores, scores.body().path("groupScores").path(0).path("group"), "point group");
	}

	/**
	 * A point group: one some contact of the target has a score in, else one of the run's
	 * own.
	 * @return the point group's id
	 */
	public long pointGroup() {
		Optional<Long> found = this.run.discovered("point group",
				() -> discoveredContactWith(ContactRelation.POINT_GROUP_SCORES)
					.map((id) -> pointGroupOf(id.toString())));
		return found.orElseGet(
				() -> ownInstead("no contact of the target has a point group score, so no point group " + "is known",
						this.fixtures::pointGroup));
	}

	/**
	 * A company: one some contact of the target belongs to, else one of the run's own.
	 * @return the company's id
	 */
	public long company() {
		Optional<Long> found = this.run.discovered("company",
				() -> discoveredContactWith(ContactRelation.COMPANIES).map((id) -> {
					Exchange companies = this.api.read("/contacts/" + id + "/companies");
					return firstId(companies, companies.body().path("companies").path(0), "company");
				}));
		return found.orElseGet(() -> ownInstead("no contact of the target belongs to a company, so no company is known",
				this.fixtures::company));
	}

	/**
	 * A user contacts can be assigned to.
	 * @return the user's id
	 */
	public long owner() {
		return this.run.discovered("owner", () -> {
			Exchange owners = this.api.read("/contacts/list/owners");
			return firstId(owners, owners.body().path(0), "user");
		});
	}

	/**
	 * A segment that exists.
	 * @return its id
	 */
	public long segment() {
		Optional<Long> found = this.run.discovered("segment", () -> {
			Exchange segments = this.api.read("/segments?limit=1&minimal=true");
			JsonNode first = JsonValues.at(segments.body(), "lists.[first]");
			return first.isMissingNode() ? Optional.empty() : Optional.of(firstId(segments, first, "segment"));
		});
		return found
			.orElseGet(() -> ownInstead("the target has no segment to read", () -> this.fixtures.segment("own", true)));
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

	private Optional<Long> discoveredContactWith(ContactRelation relation) {
		return this.run.discovered("contact with " + relation, () -> {
			for (long id : candidateContacts()) {
				Exchange exchange = this.api.read(relation.path(String.valueOf(id)));
				if (JsonValues.entries(exchange.body().path(relation.key())) > 0) {
					return Optional.of(id);
				}
			}
			return Optional.empty();
		});
	}

	private long ownContactWith(ContactRelation relation) {
		long contact = this.fixtures.contact("own");
		String id = String.valueOf(contact);
		switch (relation) {
			case NOTES -> this.fixtures.note(id, "Note of " + this.run.marker());
			case DEVICES -> this.fixtures.device(id);
			case COMPANIES -> this.fixtures.addToCompany(id, String.valueOf(company()));
			case CAMPAIGNS -> this.fixtures.campaignWith(id);
			case SEGMENTS -> this.fixtures.addToSegment(id, String.valueOf(this.fixtures.segment("own", true)));
			case POINT_GROUP_SCORES -> this.fixtures.groupScore(id, String.valueOf(pointGroup()), 1);
		}
		return contact;
	}

	private long ownInstead(String missing, Supplier<Long> create) {
		if (!this.writesAllowed) {
			throw new TestAbortedException(missing + " (with --allow-writes the kit creates data of its own to read)");
		}
		return create.get();
	}

	// The first page of contacts, without those this run created.
	private List<Long> candidateContacts() {
		return this.run.discovered("candidate contacts", () -> {
			Exchange page = this.api.read("/contacts?limit=" + CANDIDATES + "&minimal=true");
			List<Long> ids = new ArrayList<>();
			for (JsonNode contact : page.body().path("contacts").values()) {
				if (!EntityKind.CONTACT.carries(contact, this.run.marker()) && contact.path("id").canConvertToLong()) {
					ids.add(contact.path("id").asLong());
				}
			}
			return ids;
		});
	}

	// Ids are numbers, except where Mautic lists raw database rows (a contact's
	// companies): "4".
	private static long firstId(Exchange exchange, JsonNode entity, String what) {
		return JsonValues.text(entity.path("id"))
			.filter((id) -> id.matches("\\d+"))
			.map(Long::parseLong)
			.orElseThrow(() -> DeviationError.inAnswer(exchange, "it lists a " + what + " without an id: " + entity));
	}

}
