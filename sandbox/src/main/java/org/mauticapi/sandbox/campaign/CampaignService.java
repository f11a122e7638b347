package org.mauticapi.sandbox.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.ActivityRecorder;
import org.mauticapi.sandbox.activity.CampaignMembershipChanged;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Campaigns and their members: memberships per contact and the setup endpoints. Adding a
 * contact writes the {@code campaign_membership} timeline event (recording 328).
 */
@Service
public class CampaignService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final CampaignStore campaigns;

	private final ContactStore contacts;

	private final UserStore users;

	private final ActivityLog activity;

	private final ObjectProvider<CampaignSegments> segments;

	public CampaignService(SandboxState state, CampaignStore campaigns, ContactStore contacts, UserStore users,
			ActivityLog activity, ObjectProvider<CampaignSegments> segments) {
		this.state = state;
		this.campaigns = campaigns;
		this.contacts = contacts;
		this.users = users;
		this.activity = activity;
		this.segments = segments;
	}

	/**
	 * {@code GET /contacts/{id}/campaigns}: the contact's published campaigns keyed by id
	 * ({@code []} when none), each with its source segments under {@code listMembership}
	 * (absent without any) and the membership.
	 * @param id the contact
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> listForContact(long id) {
		return this.state.read(() -> {
			this.contacts.get(id);
			ObjectNode body = JSON.objectNode();
			ObjectNode keyed = JSON.objectNode();
			List<CampaignMember> memberships = new ArrayList<>(this.campaigns.membershipsOf(id));
			memberships.sort(Comparator.comparingLong(CampaignMember::campaignId));
			for (CampaignMember member : memberships) {
				Campaign campaign = this.campaigns.find(member.campaignId()).filter(Campaign::published).orElse(null);
				if (campaign == null) {
					continue;
				}
				ObjectNode entry = keyed.putObject(String.valueOf(campaign.id()));
				entry.put("id", campaign.id()).put("name", campaign.name());
				List<Long> lists = existingSegments(campaign.segmentIds());
				if (!lists.isEmpty()) {
					ArrayNode membership = entry.putArray("listMembership");
					lists.forEach(membership::add);
				}
				entry.put("dateAdded", SandboxState.iso(member.dateAdded()));
				entry.put("manuallyRemoved", false);
				entry.put("manuallyAdded", true);
			}
			body.put("total", keyed.size());
			body.set("campaigns", keyed.isEmpty() ? JSON.arrayNode() : keyed);
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * A new campaign from a payload, with its events, source segments and canvas as
	 * recording 048 shows them (the events' temporary ids such as {@code new_1} become
	 * their ids, also in the canvas). Call under the write lock.
	 * @param payload the campaign
	 * @return the campaign, stored
	 * @throws MauticApiException 400 without a name, or without a contact source
	 */
	Campaign create(JsonNode payload) {
		String name = payload.path("name").asString("").trim();
		if (name.isEmpty()) {
			throw new MauticApiException(400,
					MauticErrors.validation(400, Map.of("name", List.of(FormErrors.NAME_REQUIRED))));
		}
		checkSources(payload);
		List<CampaignSegments.SegmentSummary> lists = new ArrayList<>();
		for (JsonNode list : payload.path("lists")) {
			JsonNode listId = list.isObject() ? list.path("id") : list;
			if (listId.asString("").matches("\\d{1,18}")) {
				segment(listId.asLong()).ifPresent(lists::add);
			}
		}
		User by = this.users.currentUser();
		Map<String, Long> eventIds = new HashMap<>();
		ArrayNode events = events(payload.path("events"), eventIds);
		String description = payload.path("description").isString() ? payload.get("description").asString() : null;
		Campaign campaign = new Campaign(this.state.nextId("campaigns"), name, description,
				payload.path("isPublished").asBoolean(false), this.state.now(), by.id(), by.fullName(),
				lists.stream().map(CampaignSegments.SegmentSummary::id).toList(), events,
				canvas(payload.get("canvasSettings"), eventIds), null);
		this.campaigns.add(campaign);
		return campaign;
	}

	/**
	 * What {@code CampaignApiController::preSaveEntity} requires of a POST or PUT, after
	 * the form: events, then a contact source (segments or forms), each refused with its
	 * own 400.
	 * @param payload the campaign
	 */
	static void checkSources(JsonNode payload) {
		if (payload.path("events").isEmpty()) {
			throw new MauticApiException(400, MauticErrors.controller(400,
					"At least one event is required. Use the Launch Campaign Builder button to add one.", List.of()));
		}
		if (payload.path("lists").isEmpty() && payload.path("forms").isEmpty()) {
			throw new MauticApiException(400, MauticErrors.controller(400,
					"At least one contact source is required. Use the Launch Campaign Builder button to add one.",
					List.of()));
		}
	}

	/**
	 * A campaign as the campaign API answers it.
	 * @param campaign the campaign
	 * @param id the id to show, null once deleted
	 * @return the JSON
	 */
	ObjectNode json(Campaign campaign, @Nullable Long id) {
		List<CampaignSegments.SegmentSummary> lists = existingSegments(campaign.segmentIds()).stream()
			.map(this::segment)
			.flatMap(Optional::stream)
			.toList();
		ObjectNode json = json(campaign, lists, this.users.currentUser());
		json.put("id", id);
		return json;
	}

	/**
	 * {@code POST /campaigns/{id}/contact/{contactId}/remove}: takes the contact out by
	 * hand ({@code {"success": 1}}), 404 for a missing id.
	 * @param campaignId the campaign
	 * @param contactId the contact
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> removeContact(long campaignId, long contactId) {
		return this.state.write(() -> {
			Campaign campaign = this.campaigns.find(campaignId).orElseThrow(MauticApiException::notFound);
			Contact contact = this.contacts.get(contactId);
			this.campaigns.removeMember(campaign.id(), contact.id());
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

	/**
	 * {@code POST /campaigns/{id}/contact/{contactId}/add}: adds the contact by hand
	 * ({@code {"success": 1}}), 404 for a missing id; a new member gets its timeline
	 * event.
	 * @param campaignId the campaign
	 * @param contactId the contact
	 * @return the answer
	 */
	public ResponseEntity<JsonNode> addContact(long campaignId, long contactId) {
		return this.state.write(() -> {
			Campaign campaign = this.campaigns.find(campaignId).orElseThrow(MauticApiException::notFound);
			Contact contact = this.contacts.get(contactId);
			CampaignMember member = new CampaignMember(campaign.id(), contact.id(), this.state.now());
			if (this.campaigns.addMember(member)) {
				this.activity.append(ActivityEvents
					.campaignMembership(new CampaignMembershipChanged(this.state.nextId(ActivityRecorder.EVENT_LOG),
							contact.id(), campaign.id(), campaign.name(), member.dateAdded())));
			}
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

	private Optional<CampaignSegments.SegmentSummary> segment(long id) {
		CampaignSegments lookup = this.segments.getIfAvailable();
		return (lookup != null) ? lookup.segment(id) : Optional.empty();
	}

	/**
	 * The source segments that still exist (a deleted segment leaves its campaigns,
	 * recording 411).
	 */
	private List<Long> existingSegments(List<Long> ids) {
		return ids.stream().filter((id) -> segment(id).isPresent()).toList();
	}

	private ArrayNode events(JsonNode sent, Map<String, Long> eventIds) {
		ArrayNode events = JSON.arrayNode();
		for (JsonNode event : sent) {
			long id = this.state.nextId("campaign_events");
			eventIds.put(event.path("id").asString(""), id);
			ObjectNode json = events.addObject();
			json.put("id", id);
			json.put("name", event.path("name").asString(""));
			json.set("description", event.hasNonNull("description") ? event.get("description") : JSON.nullNode());
			json.put("type", event.path("type").asString(""));
			json.put("eventType", event.path("eventType").asString(""));
			json.putNull("channel");
			json.putNull("channelId");
			json.put("order", event.path("order").asInt(1));
			json.set("properties",
					event.path("properties").isObject() ? event.get("properties").deepCopy() : JSON.arrayNode());
			json.putNull("triggerDate");
			json.put("triggerInterval", event.path("triggerInterval").asInt(0));
			json.put("triggerIntervalUnit", event.path("triggerIntervalUnit").asString("d"));
			json.putNull("triggerHour");
			json.putNull("triggerRestrictedStartHour");
			json.putNull("triggerRestrictedStopHour");
			json.putArray("triggerRestrictedDaysOfWeek");
			json.put("triggerMode", event.path("triggerMode").asString("immediate"));
			json.set("decisionPath", event.hasNonNull("decisionPath") ? event.get("decisionPath") : JSON.nullNode());
			json.putNull("parent");
			json.putArray("children");
		}
		return events;
	}

	/**
	 * The canvas with the events' temporary ids replaced by their ids, as strings
	 * (recording 048).
	 */
	private static JsonNode canvas(JsonNode sent, Map<String, Long> eventIds) {
		if (sent == null || !sent.isObject()) {
			// the builder's empty canvas (a probe of Mautic 5.1.0)
			ObjectNode empty = JSON.objectNode();
			empty.putArray("nodes");
			empty.putArray("connections");
			return empty;
		}
		ObjectNode canvas = (ObjectNode) sent.deepCopy();
		for (JsonNode node : canvas.path("nodes")) {
			rename((ObjectNode) node, "id", eventIds);
		}
		for (JsonNode connection : canvas.path("connections")) {
			rename((ObjectNode) connection, "sourceId", eventIds);
			rename((ObjectNode) connection, "targetId", eventIds);
		}
		return canvas;
	}

	private static void rename(ObjectNode node, String key, Map<String, Long> eventIds) {
		Long id = eventIds.get(node.path(key).asString(""));
		if (id != null) {
			node.put(key, String.valueOf(id));
		}
	}

	private static ObjectNode json(Campaign campaign, List<CampaignSegments.SegmentSummary> lists, User by) {
		ObjectNode json = JSON.objectNode();
		json.put("isPublished", campaign.published());
		json.put("dateAdded", SandboxState.iso(campaign.dateAdded()));
		json.put("dateModified", (campaign.dateModified() != null) ? SandboxState.iso(campaign.dateModified()) : null);
		json.put("createdBy", campaign.createdBy());
		json.put("createdByUser", campaign.createdByUser());
		// saving the events touches the new campaign once more (recording 048)
		json.put("modifiedBy", by.id());
		json.put("modifiedByUser", by.fullName());
		json.put("id", campaign.id());
		json.put("name", campaign.name());
		json.putNull("category");
		json.put("description", campaign.description());
		json.put("allowRestart", false);
		json.putNull("publishUp");
		json.putNull("publishDown");
		json.set("events", campaign.events().deepCopy());
		json.putArray("forms");
		ArrayNode segmentList = json.putArray("lists");
		for (CampaignSegments.SegmentSummary segment : lists) {
			ObjectNode item = segmentList.addObject();
			item.put("createdByUser", segment.createdByUser());
			item.put("modifiedByUser", segment.modifiedByUser());
			item.put("id", segment.id());
			item.put("name", segment.name());
			item.put("publicName", segment.publicName());
			item.put("alias", segment.alias());
			item.put("description", segment.description());
			item.putNull("category");
		}
		json.set("canvasSettings", campaign.canvasSettings().deepCopy());
		return json;
	}

}
