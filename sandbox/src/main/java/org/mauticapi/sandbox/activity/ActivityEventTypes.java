package org.mauticapi.sandbox.activity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event types Mautic 5.1.0 knows: their labels as the API lists them under
 * {@code types}, the order in which Mautic's timeline listeners contribute their events,
 * and which types ignore a search.
 */
public final class ActivityEventTypes {

	public static final String IDENTIFIED = "lead.source.identified";

	/** A contact Mautic's tracking created. */
	public static final String SOURCE_CREATED = "lead.source.created";

	/** A visit of a tracked page (the tracking pixel). */
	public static final String PAGE_HIT = "page.hit";

	public static final String UTM_TAGS_ADDED = "lead.utmtagsadded";

	public static final String DO_NOT_CONTACT = "lead.donotcontact";

	public static final String POINT_GAINED = "point.gained";

	public static final String SEGMENT_MEMBERSHIP = "segment_membership";

	public static final String CAMPAIGN_MEMBERSHIP = "campaign_membership";

	public static final String STAGE_CHANGED = "stage.changed";

	/**
	 * Every type with its label, sorted by label as Mautic's {@code natcasesort} leaves
	 * them (copied from the recording {@code activity-contact-default}).
	 */
	public static final Map<String, String> LABELS = labels();

	/**
	 * The order in which Mautic's listeners add their events, which is the order of the
	 * merged list before it is sorted: equal timestamps keep it (PHP's sort is stable).
	 * LeadBundle's {@code LeadSubscriber} (UTM, DNC) comes before its
	 * {@code TimelineEventLog*Subscriber}s (campaign, segment, source), PointBundle's
	 * listener after them; {@code activity-all-date-range} shows campaign before segment,
	 * UTM before DNC before points and DNC before sources at equal seconds; StageBundle's
	 * listener comes last.
	 */
	public static final List<String> LISTENER_ORDER = List.of(UTM_TAGS_ADDED, DO_NOT_CONTACT, "lead.imported",
			CAMPAIGN_MEMBERSHIP, SEGMENT_MEMBERSHIP, PAGE_HIT, SOURCE_CREATED, IDENTIFIED, POINT_GAINED, STAGE_CHANGED);

	/**
	 * Types whose listener adds nothing, and counts nothing, while
	 * {@code filters[search]} is set (Mautic's {@code LeadSubscriber::onTimelineGenerate}
	 * only lets UTM tags through).
	 */
	public static final Set<String> SKIPPED_BY_SEARCH = Set.of(DO_NOT_CONTACT, "lead.imported");

	private ActivityEventTypes() {
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("asset.download", "Asset downloaded");
		labels.put("campaign.event", "Campaign action triggered");
		labels.put("campaign.event.scheduled", "Campaign event scheduled");
		labels.put(CAMPAIGN_MEMBERSHIP, "Campaign membership change");
		labels.put("lead.source.created", "Contact created by source");
		labels.put(IDENTIFIED, "Contact identified by source");
		labels.put(DO_NOT_CONTACT, "Do not contact");
		labels.put("dynamic.content.sent", "Dynamic Content Triggered");
		labels.put("email.failed", "Email failed");
		labels.put("email.read", "Email read");
		labels.put("email.replied", "Email replied");
		labels.put("email.sent", "Email sent");
		labels.put("sms.failed", "Failed");
		labels.put("focus.on_click", "Focus click");
		labels.put("focus.on_view", "Focus view");
		labels.put("form.submitted", "Form submitted");
		labels.put("lead.imported", "Imported");
		labels.put("integration_sync_issues", "Integration sync notice");
		labels.put("message.queue", "Message Queue");
		labels.put("page.hit", "Page hit");
		labels.put(POINT_GAINED, "Point gained");
		labels.put(SEGMENT_MEMBERSHIP, "Segment membership change");
		labels.put("sms.sent", "Sent");
		labels.put(STAGE_CHANGED, "Stage changed");
		labels.put("sms_reply", "Text message received");
		labels.put(UTM_TAGS_ADDED, "UTM tags recorded");
		labels.put("page.videohit", "Video view event");
		return Collections.unmodifiableMap(labels);
	}

}
