package org.mauticapi.sandbox.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.user.User;
import tools.jackson.databind.JsonNode;

/**
 * A contact (Mautic's lead) as the store holds it. Mutable, and only ever touched under
 * the state's lock.
 */
public final class Contact {

	final long id;

	final Instant dateAdded;

	final @Nullable Long createdBy;

	final @Nullable String createdByUser;

	/**
	 * What Mautic stores for a contact its tracking created ({@code 'gravatar'}); null
	 * for API-made contacts.
	 */
	@Nullable String preferredProfileImage;

	@Nullable Instant dateModified;

	@Nullable Long modifiedBy;

	@Nullable String modifiedByUser;

	@Nullable String color;

	/**
	 * Contact field values by alias (points included), as
	 * {@link org.mauticapi.sandbox.field.FieldValues} stores them.
	 */
	final Map<String, Object> values = new LinkedHashMap<>();

	@Nullable Instant lastActive;

	@Nullable Long ownerId;

	@Nullable Long stageId;

	final List<IpAddress> ipAddresses = new ArrayList<>();

	final List<Long> tagIds = new ArrayList<>();

	final List<UtmTag> utmTags = new ArrayList<>();

	@Nullable Instant dateIdentified;

	final List<DoNotContact> doNotContact = new ArrayList<>();

	/**
	 * Fields the last write blanked: its answer shows them as "" (later reads show null),
	 * as Mautic's does.
	 */
	final java.util.Set<String> blanked = new java.util.HashSet<>();

	/**
	 * Of those, the ones that had a value before: fields.all shows them as null rather
	 * than "".
	 */
	final java.util.Set<String> cleared = new java.util.HashSet<>();

	/**
	 * The boolean fields the last edit changed, with their values before it: Mautic's
	 * answer shows the old value among the field groups and the new one, as a boolean, in
	 * fields.all.
	 */
	final Map<String, @Nullable Object> booleansBefore = new java.util.HashMap<>();

	/**
	 * The fields a create filled with their default values: its answer shows them empty
	 * but in fields.all.
	 */
	final java.util.Set<String> defaulted = new java.util.HashSet<>();

	/**
	 * The last activity before the last write set it through the field
	 * {@code last_active}, which the write's answer still shows at the top level
	 * (100-fresh field-value-validation); null when it did not.
	 */
	java.util.@Nullable Optional<Instant> lastActiveBeforeField;

	Contact(long id, Instant dateAdded, @Nullable Long createdBy, @Nullable String createdByUser) {
		this.id = id;
		this.dateAdded = dateAdded;
		this.createdBy = createdBy;
		this.createdByUser = createdByUser;
	}

	public long id() {
		return this.id;
	}

	public @Nullable Object value(String alias) {
		return this.values.get(alias);
	}

	public long points() {
		return (this.values.get("points") instanceof Number number) ? number.longValue() : 0;
	}

	public @Nullable Long ownerId() {
		return this.ownerId;
	}

	public List<Long> tagIds() {
		return List.copyOf(this.tagIds);
	}

	public List<IpAddress> ipAddresses() {
		return List.copyOf(this.ipAddresses);
	}

	public List<DoNotContact> doNotContact() {
		return List.copyOf(this.doNotContact);
	}

	public List<UtmTag> utmTags() {
		return List.copyOf(this.utmTags);
	}

	public Instant dateAdded() {
		return this.dateAdded;
	}

	public @Nullable Instant dateModified() {
		return this.dateModified;
	}

	public @Nullable Instant lastActive() {
		return this.lastActive;
	}

	public @Nullable Instant dateIdentified() {
		return this.dateIdentified;
	}

	/** Records a change by a user, as Mautic's {@code FormEntity} does. */
	void modifiedBy(Instant when, long userId, String userName) {
		this.dateModified = when;
		this.modifiedBy = userId;
		this.modifiedByUser = userName;
	}

	/**
	 * Records a change by a user made outside the contact form (points, DNC, UTM tags).
	 * @param when when
	 * @param by the user
	 */
	public void modifiedBy(Instant when, User by) {
		modifiedBy(when, by.id(), by.fullName());
	}

	/**
	 * Records a change saved around Mautic's contact model (through its repository): a
	 * new dateModified, the last modifier unchanged.
	 * @param when when
	 */
	public void modifiedAt(Instant when) {
		this.dateModified = when;
	}

	/**
	 * Records a save that changed none of the contact's tracked properties: Mautic's
	 * {@code setTimestamps} records the user but leaves {@code dateModified} (a point
	 * group score change saves the contact this way).
	 * @param by the user
	 */
	public void savedBy(User by) {
		this.modifiedBy = by.id();
		this.modifiedByUser = by.fullName();
	}

	public @Nullable Long stageId() {
		return this.stageId;
	}

	/**
	 * Puts the contact in a stage, or in none, as {@code LeadModel::addToStages} and
	 * {@code removeFromStages} do.
	 * @param newStageId the stage, or null
	 * @return whether the stage changed
	 */
	public boolean moveToStage(@Nullable Long newStageId) {
		boolean changed = !java.util.Objects.equals(this.stageId, newStageId);
		this.stageId = newStageId;
		return changed;
	}

	/**
	 * Leaves a stage that is being deleted (the database sets the contact's stage to
	 * null).
	 * @param deletedStageId the stage
	 */
	public void leaveStage(long deletedStageId) {
		if (this.stageId != null && this.stageId == deletedStageId) {
			this.stageId = null;
		}
	}

	/**
	 * Sets the points total, as Mautic's point changes do.
	 * @param points the new total
	 */
	public void points(long points) {
		this.values.put("points", points);
	}

	/**
	 * Sets the last activity, as a UTM tag set with {@code lastActive} does.
	 * @param when the time
	 */
	public void lastActive(Instant when) {
		this.lastActive = when;
	}

	/**
	 * Adds a do-not-contact entry.
	 * @param entry the entry
	 */
	public void addDoNotContact(DoNotContact entry) {
		this.doNotContact.add(entry);
	}

	/**
	 * Removes the do-not-contact entry of a channel.
	 * @param channel the channel
	 * @return the removed entry, empty when there was none
	 */
	public Optional<DoNotContact> removeDoNotContact(String channel) {
		Optional<DoNotContact> entry = this.doNotContact.stream()
			.filter((existing) -> existing.channel().equals(channel))
			.findFirst();
		entry.ifPresent(this.doNotContact::remove);
		return entry;
	}

	/**
	 * Adds a UTM tag set.
	 * @param tag the tag set
	 */
	public void addUtmTag(UtmTag tag) {
		this.utmTags.add(tag);
	}

	/**
	 * Removes one of the contact's UTM tag sets.
	 * @param id the tag set's id
	 * @return the removed set, empty when the contact has none with that id
	 */
	public Optional<UtmTag> removeUtmTag(long id) {
		Optional<UtmTag> tag = this.utmTags.stream().filter((existing) -> existing.id() == id).findFirst();
		tag.ifPresent(this.utmTags::remove);
		return tag;
	}

	/**
	 * An IP address of a contact (Mautic's {@code ip_addresses} table; geo details are
	 * empty without a lookup service).
	 *
	 * @param id the id
	 * @param ipAddress the address
	 */
	public record IpAddress(long id, String ipAddress) {
	}

	/**
	 * A do-not-contact entry.
	 *
	 * @param id the id
	 * @param reason 1 unsubscribed, 2 bounced, 3 manual (or any integer Mautic accepted)
	 * @param comments the comments
	 * @param channel the channel, e.g. {@code email}
	 * @param channelId the channel entity id
	 * @param dateAdded when it was added
	 */
	public record DoNotContact(long id, int reason, String comments, String channel, @Nullable Long channelId,
			Instant dateAdded) {
	}

	/**
	 * A set of UTM tags recorded for a contact.
	 *
	 * @param id the id
	 * @param query the query parameters
	 * @param referer the referer
	 * @param remoteHost the remote host
	 * @param url the url
	 * @param userAgent the user agent
	 * @param utmCampaign utm_campaign
	 * @param utmContent utm_content
	 * @param utmMedium utm_medium
	 * @param utmSource utm_source
	 * @param utmTerm utm_term
	 * @param dateAdded when they were recorded
	 */
	public record UtmTag(long id, JsonNode query, @Nullable String referer, @Nullable String remoteHost,
			@Nullable String url, @Nullable String userAgent, @Nullable String utmCampaign, @Nullable String utmContent,
			@Nullable String utmMedium, @Nullable String utmSource, @Nullable String utmTerm, Instant dateAdded) {
	}

}
