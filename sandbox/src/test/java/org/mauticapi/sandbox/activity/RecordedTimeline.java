package org.mauticapi.sandbox.activity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.php.PhpCast;

/**
 * Rebuilds the recorded data set's timeline by replaying the recorded exchanges that
 * change it (contact creation and deletion, UTM tags, DNC entries, points, segment and
 * campaign memberships) through {@link ActivityEvents}. Ids, names and details come from
 * the exchanges. Two things do not: the second each event happened (points and membership
 * answers carry no time, so it is taken from the recorded timelines, falling back to the
 * latest time an answer showed), and the memberships Mautic's segment-rebuild job created
 * between recordings 044 and 045 outside the API (listed in {@link #REBUILT_SEGMENTS} as
 * recorded in {@code activity-all-date-range}).
 */
final class RecordedTimeline {

	/** Segment id to contact ids, in the order the rebuild job ran. */
	private static final Map<Long, List<Long>> REBUILT_SEGMENTS = rebuiltSegments();

	private static final Pattern CONTACT_POINTS = Pattern
		.compile("^/api/contacts/(\\d+)/points/(plus|minus|times|divide)/([^/]+)$");

	private static final Pattern GROUP_POINTS = Pattern
		.compile("^/api/contacts/(\\d+)/points/groups/(\\d+)/(\\w+)/([^/]+)$");

	private static final Pattern CONTACT_CHANGE = Pattern.compile("^/api/contacts/(\\d+)/(utm|dnc)/.*$");

	private static final Pattern SEGMENT_CONTACT = Pattern
		.compile("^/api/segments/(\\d+)/contact/(\\d+)/(add|remove)$");

	private static final Pattern SEGMENT_CONTACTS = Pattern.compile("^/api/segments/(\\d+)/contacts/add$");

	private static final Pattern CAMPAIGN_CONTACT = Pattern.compile("^/api/campaigns/(\\d+)/contact/(\\d+)/add$");

	private static final Pattern SINGLE_DELETE = Pattern.compile("^/api/contacts/(\\d+)/delete$");

	private static final Map<String, String> OPERATORS = Map.of("plus", "add (+)", "minus", "subtract (-)", "times",
			"multiply (x)", "divide (/)", "divide (/)");

	private final ActivityLog log = new ActivityLog();

	private final Map<String, Instant> recordedTimes;

	private final Set<Long> contacts = new HashSet<>();

	private final Map<Long, String> segments = new HashMap<>();

	private final Map<Long, String> campaigns = new HashMap<>();

	private final Set<String> memberships = new HashSet<>();

	private final Map<String, Long> groupScores = new HashMap<>();

	private long nextLogId = 1;

	private long nextPointId = 1;

	private boolean rebuilt;

	private Instant clock = Instant.EPOCH;

	private RecordedTimeline(Map<String, Instant> recordedTimes) {
		this.recordedTimes = recordedTimes;
	}

	/**
	 * The timeline as it stood when recording {@code before} was made.
	 * @param recordings all recordings, in order
	 * @param before the recording's number
	 * @return the log
	 */
	static ActivityLog before(List<Recording> recordings, int before) {
		RecordedTimeline timeline = new RecordedTimeline(recordedTimes(recordings));
		recordings.stream().filter((recording) -> recording.number() < before).forEach(timeline::replay);
		return timeline.log;
	}

	private static Map<String, Instant> recordedTimes(List<Recording> recordings) {
		Map<String, Instant> times = new HashMap<>();
		recordings.stream()
			.filter((recording) -> recording.isActivity() && recording.status() == 200)
			.forEach((recording) -> recording.responseBody()
				.path("events")
				.forEach((event) -> times.put(event.get("eventId").asString(), instant(event.get("timestamp")))));
		return times;
	}

	private void replay(Recording recording) {
		if (!this.rebuilt && recording.number() > 44) {
			rebuildSegments();
		}
		if (recording.status() >= 300 || recording.isActivity()) {
			return;
		}
		JsonNode body = recording.responseBody();
		String path = recording.path();
		if (path.equals("/api/segments/new")) {
			this.segments.put(body.path("list").path("id").asLong(), body.path("list").path("name").asString());
		}
		else if (path.equals("/api/campaigns/new")) {
			this.campaigns.put(body.path("campaign").path("id").asLong(),
					body.path("campaign").path("name").asString());
		}
		else if (path.equals("/api/contacts/batch/delete")) {
			for (String id : recording.query().get("ids").get(0).split(",")) {
				this.log.removeContact(Long.parseLong(id));
			}
		}
		else if (SINGLE_DELETE.matcher(path).matches()) {
			Matcher delete = SINGLE_DELETE.matcher(path);
			delete.matches();
			this.log.removeContact(Long.parseLong(delete.group(1)));
		}
		else if (!recording.method().equals("GET") && path.startsWith("/api/contacts") && !path.contains("/points/")) {
			contacts(body).forEach((contact) -> contactChanged(path, contact));
		}
		pointsChanged(recording);
		membershipChanged(recording);
		advanceClock(body);
	}

	private void contactChanged(String path, JsonNode contact) {
		long id = contact.path("id").asLong();
		if (this.contacts.add(id) && contact.hasNonNull("dateIdentified")) {
			Instant at = at("lead.source.identified" + this.nextLogId, contact.get("dateIdentified"));
			this.log.append(ActivityEvents
				.identified(new ContactIdentified(this.nextLogId++, id, contact.path("createdByUser").asString(), at)));
		}
		if (CONTACT_CHANGE.matcher(path).matches() || contact.path("doNotContact").size() > 0) {
			syncDoNotContact(id, contact.path("doNotContact"));
		}
		if (CONTACT_CHANGE.matcher(path).matches()) {
			syncUtmTags(id, contact.path("utmtags"));
		}
	}

	/** The contact's DNC events become its entries in the answer. */
	private void syncDoNotContact(long contactId, JsonNode entries) {
		this.log.eventsOf(contactId)
			.stream()
			.filter((event) -> event.type().equals(ActivityEventTypes.DO_NOT_CONTACT))
			.forEach((event) -> this.log.remove(event.eventId()));
		for (JsonNode entry : entries) {
			long id = entry.path("id").asLong();
			Long channelId = entry.hasNonNull("channelId") ? entry.get("channelId").asLong() : null;
			String comments = entry.hasNonNull("comments") ? entry.get("comments").asString() : null;
			this.log.append(ActivityEvents
				.doNotContact(new DoNotContactAdded(id, contactId, entry.path("channel").asString(), channelId,
						entry.path("reason").asInt(), comments, at("lead.donotcontact" + id, entry.get("dateAdded")))));
		}
	}

	/**
	 * The contact's UTM events become its tag sets in the answer (camel-cased there,
	 * snake_case in the log).
	 */
	private void syncUtmTags(long contactId, JsonNode sets) {
		this.log.eventsOf(contactId)
			.stream()
			.filter((event) -> event.type().equals(ActivityEventTypes.UTM_TAGS_ADDED))
			.forEach((event) -> this.log.remove(event.eventId()));
		for (JsonNode set : sets) {
			ObjectNode tags = JsonNodeFactory.instance.objectNode();
			set.properties().forEach((property) -> tags.set(snakeCase(property.getKey()), property.getValue()));
			long id = set.path("id").asLong();
			this.log.append(ActivityEvents
				.utmTagsAdded(new UtmTagsAdded(id, contactId, at("lead.utmtagsadded" + id, null), tags)));
		}
	}

	private void pointsChanged(Recording recording) {
		Matcher contact = CONTACT_POINTS.matcher(recording.path());
		Matcher group = GROUP_POINTS.matcher(recording.path());
		Map<String, String> names = names(recording.requestBody());
		if (contact.matches()) {
			// Mautic logs the operand, not the change, and nothing for 0
			// (points-plus-zero)
			long delta = PhpCast.toInt(contact.group(3));
			if (delta != 0) {
				logPoints(Long.parseLong(contact.group(1)),
						names.getOrDefault("eventName", OPERATORS.get(contact.group(2))),
						names.getOrDefault("actionName", "API"), delta, null);
			}
		}
		else if (group.matches()) {
			JsonNode score = recording.responseBody().path("groupScore");
			String key = group.group(1) + "/" + group.group(2);
			long now = score.path("score").asLong();
			long delta = now - this.groupScores.getOrDefault(key, 0L);
			this.groupScores.put(key, now);
			if (delta != 0) {
				logPoints(Long.parseLong(group.group(1)), names.getOrDefault("eventName", "Manual change"),
						names.getOrDefault("actionName", "API"), delta, score.path("group").path("name").asString());
			}
		}
	}

	private void logPoints(long contactId, String eventName, String actionName, long delta, String groupName) {
		long id = this.nextPointId++;
		this.log.append(ActivityEvents.pointsChanged(new PointsChanged(id, contactId, eventName, actionName, "API",
				delta, groupName, at("point.gained" + id, null))));
	}

	private void membershipChanged(Recording recording) {
		Matcher single = SEGMENT_CONTACT.matcher(recording.path());
		Matcher batch = SEGMENT_CONTACTS.matcher(recording.path());
		Matcher campaign = CAMPAIGN_CONTACT.matcher(recording.path());
		if (single.matches()) {
			segmentMembership(Long.parseLong(single.group(1)), Long.parseLong(single.group(2)),
					single.group(3).equals("add"));
		}
		else if (batch.matches()) {
			recording.responseBody()
				.path("details")
				.properties()
				.stream()
				.filter((detail) -> detail.getValue().path("success").asBoolean())
				.forEach((detail) -> segmentMembership(Long.parseLong(batch.group(1)), Long.parseLong(detail.getKey()),
						true));
		}
		else if (campaign.matches()) {
			long logId = this.nextLogId++;
			long campaignId = Long.parseLong(campaign.group(1));
			this.log.append(ActivityEvents
				.campaignMembership(new CampaignMembershipChanged(logId, Long.parseLong(campaign.group(2)), campaignId,
						this.campaigns.get(campaignId), at("campaign_membership" + logId, null))));
		}
	}

	private void segmentMembership(long segmentId, long contactId, boolean added) {
		String key = segmentId + "/" + contactId;
		if (added ? !this.memberships.add(key) : !this.memberships.remove(key)) {
			return;
		}
		long logId = this.nextLogId++;
		this.log.append(ActivityEvents.segmentMembership(new SegmentMembershipChanged(logId, contactId,
				this.segments.get(segmentId), added, at("segment_membership" + logId, null))));
	}

	private void rebuildSegments() {
		this.rebuilt = true;
		REBUILT_SEGMENTS
			.forEach((segment, members) -> members.forEach((contact) -> segmentMembership(segment, contact, true)));
	}

	private Instant at(String eventId, JsonNode fallback) {
		Instant recorded = this.recordedTimes.get(eventId);
		if (recorded != null) {
			return recorded;
		}
		return (fallback != null && fallback.isString()) ? instant(fallback) : this.clock;
	}

	private void advanceClock(JsonNode node) {
		if (node.isObject()) {
			node.properties().forEach((property) -> {
				if (property.getKey().matches("date(Added|Modified|Identified)") && property.getValue().isString()) {
					Instant seen = instant(property.getValue());
					this.clock = seen.isAfter(this.clock) ? seen : this.clock;
				}
				advanceClock(property.getValue());
			});
		}
		else if (node.isArray()) {
			node.forEach(this::advanceClock);
		}
	}

	private static List<JsonNode> contacts(JsonNode body) {
		List<JsonNode> contacts = new ArrayList<>();
		if (body.has("contact")) {
			contacts.add(body.get("contact"));
		}
		body.path("contacts").forEach(contacts::add);
		return contacts;
	}

	/** {@code eventName}/{@code actionName} from a JSON or form-encoded body. */
	private static Map<String, String> names(JsonNode body) {
		Map<String, String> names = new HashMap<>();
		if (body.isObject()) {
			body.properties()
				.stream()
				.filter((property) -> property.getValue().isValueNode())
				.forEach((property) -> names.put(property.getKey(), property.getValue().asString()));
		}
		else if (body.isString()) {
			for (String pair : body.asString().split("&")) {
				String[] parts = pair.split("=", 2);
				names.put(decode(parts[0]), (parts.length > 1) ? decode(parts[1]) : "");
			}
		}
		return names;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static String snakeCase(String camel) {
		return camel.replaceAll("([A-Z])", "_$1").toLowerCase();
	}

	private static Instant instant(JsonNode text) {
		return OffsetDateTime.parse(text.asString()).toInstant();
	}

	private static Map<Long, List<Long>> rebuiltSegments() {
		Map<Long, List<Long>> segments = new LinkedHashMap<>();
		segments.put(3L, List.of(1L, 2L, 4L, 6L));
		segments.put(4L, List.of(1L, 4L, 6L));
		segments.put(6L, List.of(1L, 6L, 7L));
		segments.put(5L, List.of(1L, 2L, 6L));
		segments.put(2L, List.of(1L, 3L, 7L));
		segments.put(1L, List.of(1L, 2L, 4L, 6L));
		return segments;
	}

}
