package org.mauticapi.sandbox.segment;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.search.MauticQueryException;
import org.mauticapi.sandbox.search.QueryResult;
import org.mauticapi.sandbox.search.SegmentQuery;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Segments: CRUD with the filter model, membership by filters and by hand, and the lists,
 * answered as Mautic 5.1.0 does: PUT on a missing id creates (201, new id), PATCH on a
 * missing id is 404, delete answers the segment with {@code "id": null} even when a
 * campaign uses it, and only published segments take manual membership changes.
 */
@Service
public class SegmentService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final Comparator<Segment> BY_NAME = Comparator
		.comparing((Segment segment) -> segment.name().toLowerCase(Locale.ROOT))
		.thenComparingLong(Segment::id);

	private final SandboxState state;

	private final SegmentStore segments;

	private final SegmentForm form;

	private final SegmentMemberships memberships;

	private final SegmentRebuildPolicy rebuildPolicy;

	private final ContactStore contacts;

	private final UserStore users;

	SegmentService(SandboxState state, SegmentStore segments, SegmentForm form, SegmentMemberships memberships,
			SegmentRebuildPolicy rebuildPolicy, ContactStore contacts, UserStore users) {
		this.state = state;
		this.segments = segments;
		this.form = form;
		this.memberships = memberships;
		this.rebuildPolicy = rebuildPolicy;
		this.contacts = contacts;
		this.users = users;
	}

	public ResponseEntity<JsonNode> get(long id) {
		return this.state.read(() -> ResponseEntity.ok(wrap(SegmentJson.full(this.segments.get(id)))));
	}

	public ResponseEntity<JsonNode> list(Map<String, List<String>> query) {
		return this.state.read(() -> {
			QueryResult<Segment> result;
			try {
				result = SegmentQuery.parse(query).run(this.segments.all(), this.users.currentUser().id());
			}
			catch (MauticQueryException ex) {
				throw MauticApiException.serverError();
			}
			boolean minimal = isTruthy(query.get("minimal"));
			ObjectNode body = JSON.objectNode().put("total", (int) result.total());
			if (result.page().isEmpty()) {
				body.putArray("lists");
			}
			else {
				ObjectNode lists = body.putObject("lists");
				result.page()
					.forEach((segment) -> lists.set(String.valueOf(segment.id()),
							minimal ? SegmentJson.minimal(segment) : SegmentJson.full(segment)));
			}
			return ResponseEntity.ok(body);
		});
	}

	public ResponseEntity<JsonNode> create(JsonNode body) {
		return this.state.write(() -> {
			Segment segment = createSegment(asObject(body));
			ObjectNode answer = wrap(SegmentJson.full(segment));
			rebuildIfImmediate();
			return created(segment, answer);
		});
	}

	public ResponseEntity<JsonNode> replace(long id, JsonNode body) {
		return this.state.write(() -> {
			Segment existing = this.segments.find(id).orElse(null);
			if (existing == null) {
				Segment segment = createSegment(asObject(body));
				ObjectNode answer = wrap(SegmentJson.full(segment));
				rebuildIfImmediate();
				return created(segment, answer);
			}
			return change(existing, asObject(body), SegmentForm.Mode.REPLACE);
		});
	}

	public ResponseEntity<JsonNode> edit(long id, JsonNode body) {
		return this.state.write(() -> change(this.segments.get(id), asObject(body), SegmentForm.Mode.UPDATE));
	}

	public ResponseEntity<JsonNode> delete(long id) {
		return this.state.write(() -> {
			Segment segment = this.segments.get(id);
			ObjectNode answer = wrap(SegmentJson.deleted(segment));
			this.segments.remove(id);
			rebuildIfImmediate();
			return ResponseEntity.ok(answer);
		});
	}

	public ResponseEntity<JsonNode> addContact(long id, long contactId) {
		return this.state.write(() -> {
			Segment segment = this.segments.get(id);
			Contact contact = member(segment, contactId);
			this.memberships.addByHand(segment, contactId);
			rebuildIfImmediate(contact);
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

	/**
	 * Adds contacts by id: Mautic reads the body key {@code ids} (the documented
	 * {@code contactIds} is a 400, recording 384) and answers per id, {@code false} for
	 * an id that is no contact (382); an unpublished segment is refused (403), as for one
	 * contact. Only a missing or null {@code ids} is a 400: anything else that is no list
	 * (an empty list, a string, a number) adds nothing and answers {@code "details": []},
	 * as {@code ListApiController::addLeadsAction}'s {@code foreach} over it does
	 * (98-fresh membership-edge-cases).
	 */
	public ResponseEntity<JsonNode> addContacts(long id, @Nullable JsonNode body) {
		JsonNode ids = (body != null) ? body.path("ids") : JSON.missingNode();
		if (ids.isMissingNode() || ids.isNull()) {
			throw MauticApiException.badRequest();
		}
		return this.state.write(() -> {
			Segment segment = this.segments.get(id);
			// ListApiController::addLeadsAction, like the single add, takes only the
			// user's (published) segments.
			if (!segment.isPublished()) {
				throw MauticApiException.forbidden();
			}
			ObjectNode details = JSON.objectNode();
			for (JsonNode value : (ids.isContainer() ? ids.values() : List.<JsonNode>of())) {
				String key = value.asString("");
				Contact contact = key.matches("\\d+") ? this.contacts.find(Long.parseLong(key)).orElse(null) : null;
				if (contact != null) {
					this.memberships.addByHand(segment, contact.id());
					rebuildIfImmediate(contact);
				}
				details.putObject(key).put("success", contact != null);
			}
			ObjectNode answer = JSON.objectNode().put("success", 1);
			// An empty PHP array is a JSON list.
			answer.set("details", details.isEmpty() ? JSON.arrayNode() : details);
			return ResponseEntity.ok(answer);
		});
	}

	public ResponseEntity<JsonNode> removeContact(long id, long contactId) {
		return this.state.write(() -> {
			Segment segment = this.segments.get(id);
			Contact contact = member(segment, contactId);
			this.memberships.removeByHand(segment, contactId);
			rebuildIfImmediate(contact);
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

	/**
	 * The published segments by name, keyed by id; {@code []} when there is none
	 * (recordings 003, 397).
	 */
	public ResponseEntity<JsonNode> userSegments() {
		return this.state.read(() -> {
			List<Segment> published = this.segments.all()
				.stream()
				.filter(Segment::isPublished)
				.sorted(BY_NAME)
				.toList();
			if (published.isEmpty()) {
				return ResponseEntity.ok(JSON.arrayNode());
			}
			ObjectNode body = JSON.objectNode();
			published.forEach((segment) -> body.set(String.valueOf(segment.id()), SegmentJson.userSegment(segment)));
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * A contact's segments keyed by segment id, without those it was removed from by hand
	 * (312, 313, 393).
	 */
	public ResponseEntity<JsonNode> contactSegments(long contactId) {
		return this.state.read(() -> {
			this.contacts.get(contactId);
			ObjectNode lists = JSON.objectNode();
			this.segments.membershipsOf(contactId)
				.forEach((segmentId, membership) -> this.segments.find(segmentId)
					.ifPresent((segment) -> lists.set(String.valueOf(segmentId),
							SegmentJson.membership(segment, membership))));
			ObjectNode body = JSON.objectNode().put("total", lists.size());
			if (lists.isEmpty()) {
				body.putArray("lists");
			}
			else {
				body.set("lists", lists);
			}
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * A new segment for a batch item, as {@code POST /segments/new} makes it. Call under
	 * the write lock.
	 * @param body the item
	 * @return the segment
	 */
	Segment createInBatch(JsonNode body) {
		Segment segment = createSegment(asObject(body));
		rebuildIfImmediate();
		return segment;
	}

	/**
	 * Edits a segment for a batch item, as {@code PATCH} or {@code PUT
	 * /segments/{id}/edit} does. Call under the write lock.
	 * @param segment the segment
	 * @param body the item
	 * @param replace whether it is a PUT
	 */
	void editInBatch(Segment segment, JsonNode body, boolean replace) {
		change(segment, asObject(body), replace ? SegmentForm.Mode.REPLACE : SegmentForm.Mode.UPDATE);
	}

	/**
	 * Deletes a segment for a batch delete. Call under the write lock.
	 * @param segment the segment
	 */
	void deleteInBatch(Segment segment) {
		this.segments.remove(segment.id());
		rebuildIfImmediate();
	}

	private Segment createSegment(JsonNode body) {
		Segment segment = this.segments.create(this.users.currentUser());
		this.form.apply(segment, body, SegmentForm.Mode.CREATE);
		this.segments.add(segment);
		return segment;
	}

	private ResponseEntity<JsonNode> change(Segment segment, JsonNode body, SegmentForm.Mode mode) {
		this.form.apply(segment, body, mode);
		User by = this.users.currentUser();
		segment.modifiedBy(this.state.now(), by.id(), by.fullName());
		ObjectNode answer = wrap(SegmentJson.full(segment));
		rebuildIfImmediate();
		return ResponseEntity.ok(answer);
	}

	/**
	 * The contact of a single-contact membership change: the segment must be one of the
	 * user's segments, which are the published ones (recording 396), and the contact must
	 * exist (380, 391).
	 */
	private Contact member(Segment segment, long contactId) {
		Contact contact = this.contacts.find(contactId)
			.orElseThrow(() -> MauticApiException.notFound("Contact not found."));
		if (!segment.isPublished()) {
			throw MauticApiException.forbidden();
		}
		return contact;
	}

	/**
	 * Runs the rebuild job after the answer is made: in Mautic the job runs after the
	 * request.
	 */
	private void rebuildIfImmediate() {
		if (this.rebuildPolicy.isImmediate()) {
			this.memberships.followFilters();
		}
	}

	private void rebuildIfImmediate(Contact contact) {
		if (this.rebuildPolicy.isImmediate()) {
			this.memberships.rebuildContact(contact);
		}
	}

	private static ResponseEntity<JsonNode> created(Segment segment, JsonNode answer) {
		return ResponseEntity.created(URI.create("/api/segments/" + segment.id())).body(answer);
	}

	/**
	 * PHP truthiness of a query value, as Mautic reads {@code minimal}: anything but ""
	 * and "0".
	 */
	private static boolean isTruthy(@Nullable List<String> values) {
		if (values == null || values.isEmpty()) {
			return false;
		}
		String value = values.get(values.size() - 1);
		return value != null && !value.isEmpty() && !"0".equals(value);
	}

	private static JsonNode asObject(@Nullable JsonNode body) {
		return (body != null && body.isObject()) ? body : JSON.objectNode();
	}

	private static ObjectNode wrap(JsonNode segment) {
		ObjectNode body = JSON.objectNode();
		body.set("list", segment);
		return body;
	}

}
