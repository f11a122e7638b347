package org.mauticapi.sandbox.activity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates the timeline events the sandbox produces, each exactly as Mautic 5.1.0
 * serialises it for the API: key order as its listeners build the entry, ids and deltas
 * as strings, only top-level detail keys camel-cased (Mautic's
 * {@code LeadTimelineEvent::prepareDetailsForAPI} drops its recursive result, so nested
 * keys such as {@code lead_id} and {@code date_added} stay).
 */
public final class ActivityEvents {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	/**
	 * The columns of Mautic's {@code lead_utmtags} after {@code query}, in table order.
	 */
	private static final List<String> UTM_COLUMNS = List.of("referer", "remote_host", "url", "user_agent",
			"utm_campaign", "utm_content", "utm_medium", "utm_source", "utm_term");

	private static final List<String> UTM_SEARCH_COLUMNS = List.of("utm_campaign", "utm_content", "utm_medium",
			"utm_source", "utm_term");

	/** Mautic's {@code DncReasonHelper::toText}; it throws for any other code. */
	private static final Map<Integer, String> DNC_REASONS = Map.of(1, "Contact unsubscribed from this channel.", 2,
			"Communication bounced for this channel.", 3,
			"Contact was manually set as do not contact for this channel.");

	private ActivityEvents() {
	}

	/**
	 * {@code lead.source.identified}: "Contact was identified by Admin User".
	 * @param identified what happened
	 * @return the event
	 */
	public static ActivityEvent identified(ContactIdentified identified) {
		ObjectNode details = JSON.objectNode().put("objectDescription", identified.sourceName());
		String label = "Contact was identified by " + identified.sourceName();
		String properties = JSON.objectNode().put("object_description", identified.sourceName()).toString();
		return eventLog(ActivityEventTypes.IDENTIFIED, identified.logId(), identified.contactId(), label,
				identified.at(), "identified_contact", properties, details);
	}

	/**
	 * {@code lead.source.created}: "Contact was created by an unknown source (page/hit)",
	 * for a contact the tracking pixel created.
	 * @param created what happened
	 * @return the event
	 */
	public static ActivityEvent sourceCreated(ContactIdentified created) {
		ObjectNode details = JSON.objectNode().put("objectDescription", "");
		String label = "Contact was created by an unknown source (" + created.sourceName() + ")";
		String properties = JSON.objectNode().put("object_description", "").toString();
		return eventLog(ActivityEventTypes.SOURCE_CREATED, created.logId(), created.contactId(), label, created.at(),
				"created_contact", properties, details);
	}

	/**
	 * {@code page.hit}: a visit recorded by the tracking pixel, its {@code eventId} the
	 * bare hit id and its label the site's address with an empty title (Mautic's
	 * {@code PageSubscriber}); details carry the hit.
	 * @param hit the visit
	 * @return the event
	 */
	public static ActivityEvent pageHit(PageHit hit) {
		ObjectNode body = JSON.objectNode()
			.put("event", ActivityEventTypes.PAGE_HIT)
			.put("eventId", String.valueOf(hit.hitId()));
		body.putObject("eventLabel").put("label", "").put("href", hit.siteUrl()).put("isExternal", true);
		body.put("eventType", ActivityEventTypes.LABELS.get(ActivityEventTypes.PAGE_HIT))
			.put("timestamp", format(hit.at()))
			.put("contactId", String.valueOf(hit.contactId()));
		ObjectNode details = body.putObject("details")
			.putObject("hit")
			.put("hitId", String.valueOf(hit.hitId()))
			.put("userAgent", hit.userAgent())
			.put("dateHit", format(hit.at()))
			.put("url", "");
		details.set("query", hit.query().deepCopy());
		details.put("clientInfo", "N;").put("device", "").put("deviceBrand", "").put("deviceModel", "");
		return new ActivityEvent(ActivityEventTypes.PAGE_HIT, hit.hitId(), hit.contactId(), hit.at(), "",
				List.of(hit.query().path("url").asString("")), true, body);
	}

	/**
	 * {@code segment_membership}: "Contact added to segment, VIP customers" (or removed
	 * from).
	 * @param change what happened
	 * @return the event
	 */
	public static ActivityEvent segmentMembership(SegmentMembershipChanged change) {
		ObjectNode details = JSON.objectNode().put("objectDescription", change.segmentName());
		String label = (change.added() ? "Contact added to segment, " : "Contact removed from segment, ")
				+ change.segmentName();
		String properties = JSON.objectNode().put("object_description", change.segmentName()).toString();
		return eventLog(ActivityEventTypes.SEGMENT_MEMBERSHIP, change.logId(), change.contactId(), label, change.at(),
				change.added() ? "added" : "removed", properties, details);
	}

	/**
	 * {@code campaign_membership}: "Contact added to campaign, Onboarding"; details carry
	 * the campaign's id (an integer) and name before the camel-cased
	 * {@code objectDescription}, which Mautic's renaming moves last.
	 * @param change what happened
	 * @return the event
	 */
	public static ActivityEvent campaignMembership(CampaignMembershipChanged change) {
		ObjectNode details = JSON.objectNode()
			.put("campaignId", change.campaignId())
			.put("campaignName", change.campaignName())
			.put("objectDescription", change.campaignName());
		String properties = JSON.objectNode()
			.put("object_description", change.campaignName())
			.put("campaignId", change.campaignId())
			.put("campaignName", change.campaignName())
			.toString();
		return eventLog(ActivityEventTypes.CAMPAIGN_MEMBERSHIP, change.logId(), change.contactId(),
				"Contact added to campaign, " + change.campaignName(), change.at(), "added", properties, details);
	}

	/**
	 * {@code lead.utmtagsadded}: labelled "UTM Campaign: x" when the set has a campaign,
	 * else "UTM tags recorded"; details carry the table row ({@code query} is {@code []}
	 * when empty, null columns are left out).
	 * @param added what happened
	 * @return the event
	 */
	public static ActivityEvent utmTagsAdded(UtmTagsAdded added) {
		JsonNode tags = added.tags();
		String campaign = text(tags, "utm_campaign");
		String typeName = ActivityEventTypes.LABELS.get(ActivityEventTypes.UTM_TAGS_ADDED);
		ObjectNode row = JSON.objectNode()
			.put("id", String.valueOf(added.utmId()))
			.put("lead_id", String.valueOf(added.contactId()))
			.put("date_added", format(added.dateAdded()));
		JsonNode query = tags.get("query");
		if (query != null && query.isObject() && !query.isEmpty()) {
			row.set("query", query.deepCopy());
		}
		else {
			row.putArray("query");
		}
		UTM_COLUMNS.stream()
			.filter((column) -> tags.hasNonNull(column))
			.forEach((column) -> row.set(column, tags.get(column).deepCopy()));
		ObjectNode body = JSON.objectNode()
			.put("event", ActivityEventTypes.UTM_TAGS_ADDED)
			.put("eventType", typeName)
			.put("eventId", ActivityEventTypes.UTM_TAGS_ADDED + added.utmId())
			.put("eventLabel", campaign.isEmpty() ? typeName : "UTM Campaign: " + campaign)
			.put("timestamp", format(added.dateAdded()))
			.put("contactId", String.valueOf(added.contactId()));
		body.putObject("details").set("utmtags", row);
		List<String> search = new ArrayList<>();
		UTM_SEARCH_COLUMNS.forEach((column) -> search.add(text(tags, column)));
		return new ActivityEvent(ActivityEventTypes.UTM_TAGS_ADDED, added.utmId(), added.contactId(), added.dateAdded(),
				campaign, search, true, body);
	}

	/**
	 * {@code lead.donotcontact}: labelled by the capitalised channel ("Email", "Sms");
	 * details carry the entry with the reason as text. A reason Mautic has no text for
	 * yields an unrenderable event (recording
	 * {@code activity-contact-with-unknown-dnc-reason}).
	 * @param added what happened
	 * @return the event
	 */
	public static ActivityEvent doNotContact(DoNotContactAdded added) {
		String reason = DNC_REASONS.get(added.reason());
		ObjectNode dnc = JSON.objectNode().put("id", String.valueOf(added.dncId())).put("channel", added.channel());
		if (added.channelId() != null) {
			dnc.put("channel_id", String.valueOf(added.channelId()));
		}
		dnc.put("date_added", format(added.dateAdded()));
		dnc.put("reason", (reason != null) ? reason : String.valueOf(added.reason()));
		if (added.comments() != null) {
			dnc.put("comments", added.comments());
		}
		ObjectNode body = JSON.objectNode()
			.put("event", ActivityEventTypes.DO_NOT_CONTACT)
			.put("eventId", ActivityEventTypes.DO_NOT_CONTACT + added.dncId())
			.put("eventLabel", capitalise(added.channel()))
			.put("eventType", ActivityEventTypes.LABELS.get(ActivityEventTypes.DO_NOT_CONTACT))
			.put("timestamp", format(added.dateAdded()))
			.put("contactId", String.valueOf(added.contactId()));
		body.putObject("details").set("dnc", dnc);
		return new ActivityEvent(ActivityEventTypes.DO_NOT_CONTACT, added.dncId(), added.contactId(), added.dateAdded(),
				added.channel(), List.of(), reason != null, body);
	}

	/**
	 * {@code point.gained}: "Webinar attended / 10", with " (Engagement)" for a point
	 * group; details carry the log row with {@code delta}, {@code id} and {@code lead_id}
	 * as strings and {@code groupName} only for groups.
	 * @param change what happened
	 * @return the event
	 */
	public static ActivityEvent pointsChanged(PointsChanged change) {
		ObjectNode log = JSON.objectNode()
			.put("eventName", change.eventName())
			.put("actionName", change.actionName())
			.put("dateAdded", format(change.at()))
			.put("type", change.type())
			.put("delta", String.valueOf(change.delta()))
			.put("id", String.valueOf(change.logId()))
			.put("lead_id", String.valueOf(change.contactId()));
		String label = change.eventName() + " / " + change.delta();
		if (change.groupName() != null) {
			log.put("groupName", change.groupName());
			label += " (" + change.groupName() + ")";
		}
		ObjectNode body = JSON.objectNode()
			.put("event", ActivityEventTypes.POINT_GAINED)
			.put("eventId", ActivityEventTypes.POINT_GAINED + change.logId())
			.put("eventLabel", label)
			.put("eventType", ActivityEventTypes.LABELS.get(ActivityEventTypes.POINT_GAINED))
			.put("timestamp", format(change.at()))
			.put("contactId", String.valueOf(change.contactId()));
		body.putObject("details").set("log", log);
		return new ActivityEvent(ActivityEventTypes.POINT_GAINED, change.logId(), change.contactId(), change.at(),
				change.eventName(), List.of(change.eventName(), change.actionName()), true, body);
	}

	/**
	 * {@code stage.changed}: a row of {@code lead_stages_change_log} as the StageBundle's
	 * timeline subscriber shows it, labelled "2: Hot" with a link to the stage; the log's
	 * columns are strings but its date (99-fresh stage-moves).
	 * @param logId the row id
	 * @param contactId the contact
	 * @param stageId the stage
	 * @param eventName "id: name"
	 * @param actionName "Manually Added" or "Manually Removed"
	 * @param stageUrl the stage's address in Mautic's interface
	 * @param at when
	 * @return the event
	 */
	public static ActivityEvent stageChanged(long logId, long contactId, long stageId, String eventName,
			String actionName, String stageUrl, Instant at) {
		ObjectNode log = JSON.objectNode()
			.put("id", String.valueOf(logId))
			.put("reference", String.valueOf(stageId))
			.put("eventName", eventName)
			.put("actionName", actionName)
			.put("dateAdded", format(at))
			.put("lead_id", String.valueOf(contactId));
		ObjectNode body = JSON.objectNode()
			.put("event", ActivityEventTypes.STAGE_CHANGED)
			.put("eventId", ActivityEventTypes.STAGE_CHANGED + logId);
		body.putObject("eventLabel").put("label", eventName).put("href", stageUrl).put("isExternal", false);
		body.put("eventType", ActivityEventTypes.LABELS.get(ActivityEventTypes.STAGE_CHANGED))
			.put("timestamp", format(at))
			.put("contactId", String.valueOf(contactId));
		body.putObject("details").set("log", log);
		return new ActivityEvent(ActivityEventTypes.STAGE_CHANGED, logId, contactId, at, eventName,
				List.of(eventName, actionName), true, body);
	}

	/**
	 * Formats a time as Mautic's API does: {@code 2026-11-22T20:28:15+00:00}.
	 * @param instant the time
	 * @return the text
	 */
	public static String format(Instant instant) {
		return ISO.format(instant);
	}

	/**
	 * An entry of {@code lead_event_log}, as Mautic's {@code TimelineEventLogTrait}
	 * builds it.
	 */
	private static ActivityEvent eventLog(String type, long logId, long contactId, String label, Instant at,
			String action, String properties, ObjectNode details) {
		ObjectNode body = JSON.objectNode()
			.put("event", type)
			.put("eventId", type + logId)
			.put("eventType", ActivityEventTypes.LABELS.get(type))
			.put("eventLabel", label)
			.put("timestamp", format(at))
			.put("contactId", String.valueOf(contactId));
		body.set("details", details);
		return new ActivityEvent(type, logId, contactId, at, action, List.of(properties), true, body);
	}

	private static String text(JsonNode node, String key) {
		JsonNode value = node.get(key);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
