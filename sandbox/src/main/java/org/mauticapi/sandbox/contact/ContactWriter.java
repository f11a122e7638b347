package org.mauticapi.sandbox.contact;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Applies a contact payload as Mautic's contact form does: field values validated per
 * type, unknown keys ignored, blanks ignored unless {@code overwriteWithBlank}, tags
 * added or ({@code -tag}) removed, owner, IP, last activity and do-not-contact entries.
 * Validation happens before anything changes. Call under the write lock.
 */
@Component
public class ContactWriter {

	/**
	 * Keys that are not fields; anything else that is not a field alias is ignored, as
	 * Mautic's form does.
	 */
	/** {@code mautic.lead.customfield.notblank}. */
	private static final String REQUIRED = "This field is required.";

	private static final List<String> NON_FIELD_KEYS = List.of("ipAddress", "lastActive", "owner", "overwriteWithBlank",
			"tags", "doNotContact");

	private final FieldStore fields;

	private final UserStore users;

	private final TagStore tags;

	private final ContactStore contacts;

	private final SandboxState state;

	private final ObjectProvider<ContactStagesView> stages;

	public ContactWriter(FieldStore fields, UserStore users, TagStore tags, ContactStore contacts, SandboxState state,
			ObjectProvider<ContactStagesView> stages) {
		this.stages = stages;
		this.fields = fields;
		this.users = users;
		this.tags = tags;
		this.contacts = contacts;
		this.state = state;
	}

	/** How a payload treats the fields it does not mention. */
	public enum Mode {

		/** Create or PATCH: fields not sent are kept. */
		UPDATE,
		/** PUT: fields not sent are cleared. */
		REPLACE

	}

	/**
	 * Validates a payload without changing anything: the values Mautic's form would
	 * refuse, by field, in the form's order (the fields' display order). A required field
	 * must have a value: the API's form clears what a POST or PUT does not send, so there
	 * a missing one is refused too, whatever the contact holds (98-fresh
	 * event-registration-flow; {@code EntityFieldsBuildFormTrait} gives it a
	 * {@code NotBlank}).
	 * @param payload the payload
	 * @param clearsMissing whether the form clears the fields not sent (POST and PUT, not
	 * PATCH)
	 * @return the messages per field; empty when valid
	 */
	private Map<String, List<String>> validate(JsonNode payload, boolean clearsMissing) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldDefinition field : this.fields.contactFields()) {
			JsonNode value = payload.get(field.alias());
			if (value == null && !(clearsMissing && field.flags().required())) {
				continue;
			}
			try {
				if (FieldValues.read(field, value) == null && field.flags().required()) {
					errors.put(field.alias(), List.of(REQUIRED));
				}
			}
			catch (FieldValues.InvalidValueException ex) {
				errors.put(field.alias(), List.of(ex.getMessage()));
			}
		}
		JsonNode owner = payload.path("owner");
		if (owner.isNumber() || owner.isString() && !owner.asString().isEmpty()) {
			if (!owner.asString().matches("\\d+") || this.users.find(owner.asLong()).isEmpty()) {
				errors.put("owner", List.of("This value is not valid."));
			}
		}
		return errors;
	}

	/**
	 * Validates and throws Mautic's 400 (or 422 for an email another contact holds).
	 * @param payload the payload
	 * @param contact the contact it is for, null when new
	 * @param checkUniqueEmail whether an email held by another contact is an error
	 * (edits) rather than a merge
	 * @param clearsMissing whether the form clears the fields not sent (POST and PUT, not
	 * PATCH)
	 */
	public void check(JsonNode payload, @Nullable Contact contact, boolean checkUniqueEmail, boolean clearsMissing) {
		Map<String, List<String>> errors = validate(payload, clearsMissing);
		if (!errors.isEmpty()) {
			throw new MauticApiException(400, MauticErrors.validation(400, errors));
		}
		if (checkUniqueEmail && payload.path("email").isString() && !payload.path("email").asString().isEmpty()) {
			this.contacts.findByEmail(payload.path("email").asString())
				.filter((other) -> contact == null || other.id() != contact.id())
				.ifPresent((other) -> {
					throw new MauticApiException(422,
							MauticErrors.validation(422, Map.of("email", List.of("This field must be unique."))));
				});
		}
		refuseWhatMauticCannotSave(payload, contact != null);
	}

	/**
	 * Applies a checked payload.
	 * @param contact the contact
	 * @param payload the payload
	 * @param mode update or replace
	 * @param by the user making the change
	 * @param edit whether this changes an existing contact (sets dateModified)
	 */
	public void apply(Contact contact, JsonNode payload, Mode mode, User by, boolean edit) {
		ContactState before = ContactState.of(contact);
		boolean overwriteWithBlank = overwritesWithBlank(payload) || mode == Mode.REPLACE;
		contact.blanked.clear();
		contact.cleared.clear();
		contact.booleansBefore.clear();
		contact.lastActiveBeforeField = null;
		for (FieldDefinition field : this.fields.contactFields()) {
			JsonNode value = payload.get(field.alias());
			if (value == null) {
				// PUT and overwriteWithBlank blank every field not sent; the answer shows
				// them as "" (261, 282, 285).
				if (mode == Mode.REPLACE) {
					if (!isEmpty(contact, field)) {
						contact.cleared.add(field.alias());
					}
					contact.values.remove(field.alias());
					contact.blanked.add(field.alias());
					if (field.alias().equals("last_active")) {
						contact.lastActive = null;
					}
				}
				else if (overwriteWithBlank && isEmpty(contact, field)) {
					// A PATCH with overwriteWithBlank keeps values it was not sent, and
					// shows the empty ones as "" (282).
					contact.blanked.add(field.alias());
				}
				continue;
			}
			Object stored = FieldValues.read(field, value);
			if (edit && field.type().equals("boolean") && stored != null
					&& !stored.equals(contact.value(field.alias()))) {
				contact.booleansBefore.put(field.alias(), contact.value(field.alias()));
			}
			if (stored != null || overwriteWithBlank) {
				if (stored == null) {
					// The answer shows a blank it was sent as "" (282); fields.all shows
					// null for one it cleared.
					contact.blanked.add(field.alias());
					if (contact.values.containsKey(field.alias())) {
						contact.cleared.add(field.alias());
					}
				}
				put(contact, field, stored);
			}
		}
		JsonNode stage = payload.get("stage");
		if (stage != null && !stage.isNull()) {
			contact.stageId = org.mauticapi.sandbox.entity.EntityIds.parse(stage.asString()).orElse(null);
		}
		if (payload.has("owner")) {
			JsonNode owner = payload.get("owner");
			contact.ownerId = (owner.isNull() || owner.asString().isEmpty()) ? null : owner.asLong();
		}
		if (payload.path("lastActive").isString()) {
			contact.lastActive = parseDate(payload.get("lastActive").asString());
		}
		if (payload.path("ipAddress").isString() && !payload.get("ipAddress").asString().isBlank()) {
			addIp(contact, payload.get("ipAddress").asString());
		}
		applyTags(contact, payload.get("tags"));
		applyDoNotContact(contact, payload.get("doNotContact"));
		if (contact.dateIdentified == null && isIdentified(contact)) {
			contact.dateIdentified = this.state.now();
		}
		if (edit) {
			// FormModel::setTimestamps: an edit always records its user, but moves
			// dateModified only when the
			// contact's tracked properties changed (a PATCH that changes nothing leaves
			// it as it was).
			if (!before.equals(ContactState.of(contact))) {
				contact.modifiedBy(this.state.now(), by.id(), by.fullName());
			}
			else {
				contact.savedBy(by);
			}
		}
	}

	/**
	 * What of a contact Mautic tracks as changes ({@code Lead::getChanges}); its last
	 * activity is not among them.
	 */
	private record ContactState(Map<String, Object> values, List<Long> tagIds, @Nullable Long ownerId,
			@Nullable Long stageId, List<Contact.IpAddress> ipAddresses) {

		static ContactState of(Contact contact) {
			return new ContactState(new LinkedHashMap<>(contact.values), List.copyOf(contact.tagIds), contact.ownerId,
					contact.stageId, List.copyOf(contact.ipAddresses));
		}

	}

	/**
	 * Clears every field value, as {@code overwriteWithBlank} on a merged create does
	 * (recording 261).
	 */
	public void blankFieldsNotIn(Contact contact, JsonNode payload) {
		for (FieldDefinition field : this.fields.contactFields()) {
			if (!payload.has(field.alias()) && !field.alias().equals("points")) {
				if (contact.values.remove(field.alias()) != null) {
					contact.cleared.add(field.alias());
				}
				contact.blanked.add(field.alias());
			}
		}
	}

	/**
	 * Fills the fields a new contact was not sent with their default values, as the new
	 * entity's form does.
	 * @param contact the new contact
	 * @param payload its payload
	 */
	public void applyDefaults(Contact contact, JsonNode payload) {
		for (FieldDefinition field : this.fields.contactFields()) {
			if (field.defaultValue() != null && !field.alias().equals("points") && !payload.has(field.alias())
					&& contact.value(field.alias()) == null) {
				Object value = FieldValues.read(field, JsonNodeFactory.instance.stringNode(field.defaultValue()));
				if (value != null) {
					contact.values.put(field.alias(), value);
					contact.defaulted.add(field.alias());
				}
			}
		}
	}

	/**
	 * Whether a payload asks to overwrite with blanks:
	 * {@code CustomFieldsApiControllerTrait} tests the key with PHP's {@code !empty()},
	 * so {@code "1"} (a form's value) does and {@code "0"} does not (99-fresh
	 * form-encoded-writes).
	 * @param payload the payload
	 * @return whether blanks overwrite values
	 */
	public static boolean overwritesWithBlank(JsonNode payload) {
		JsonNode value = payload.path("overwriteWithBlank");
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		if (value.isNumber()) {
			return value.asDouble() != 0;
		}
		if (value.isContainer()) {
			return !value.isEmpty();
		}
		String text = value.isString() ? value.asString() : "";
		return !text.isEmpty() && !text.equals("0");
	}

	/** Forgets what the last write did to the fields, once its answer is built. */
	public static void answered(Contact contact) {
		contact.blanked.clear();
		contact.cleared.clear();
		contact.booleansBefore.clear();
		contact.defaulted.clear();
		contact.lastActiveBeforeField = null;
	}

	private static boolean isEmpty(Contact contact, FieldDefinition field) {
		return switch (field.alias()) {
			case "last_active" -> contact.lastActive == null;
			case "points" -> false;
			default -> contact.value(field.alias()) == null;
		};
	}

	private static void put(Contact contact, FieldDefinition field, @Nullable Object value) {
		if (value == null) {
			contact.values.remove(field.alias());
		}
		else {
			contact.values.put(field.alias(), value);
		}
		// The field last_active is the contact's lastActive column (100-fresh
		// field-value-validation).
		if (field.alias().equals("last_active")) {
			if (contact.lastActiveBeforeField == null) {
				contact.lastActiveBeforeField = java.util.Optional.ofNullable(contact.lastActive);
			}
			contact.lastActive = (value != null) ? parseDate(value.toString()) : null;
		}
	}

	private void applyTags(Contact contact, @Nullable JsonNode tagsNode) {
		if (tagsNode == null || tagsNode.isNull()) {
			return;
		}
		List<String> names = new ArrayList<>();
		if (tagsNode.isArray()) {
			tagsNode.forEach((tag) -> names.add(tag.asString()));
		}
		else {
			for (String tag : tagsNode.asString().split(",")) {
				names.add(tag);
			}
		}
		for (String raw : names) {
			String name = raw.trim();
			if (name.startsWith("-")) {
				this.tags.find(name.substring(1)).ifPresent(contact.tagIds::remove);
			}
			else if (!name.isEmpty()) {
				long id = this.tags.idOf(name);
				if (!contact.tagIds.contains(id)) {
					contact.tagIds.add(id);
				}
			}
		}
	}

	private void applyDoNotContact(Contact contact, @Nullable JsonNode entries) {
		if (entries == null || !entries.isArray()) {
			return;
		}
		for (JsonNode entry : entries) {
			String channel = entry.path("channel").asString("email");
			contact.doNotContact.removeIf((existing) -> existing.channel().equals(channel));
			contact.doNotContact
				.add(new Contact.DoNotContact(this.state.nextId("lead_donotcontact"), entry.path("reason").asInt(3),
						entry.path("comments").asString(""), channel, null, this.state.now()));
		}
	}

	/**
	 * Adds an IP address; the same address keeps one id across contacts, as in Mautic's
	 * ip_addresses table. An address {@code IpLookupHelper::ipIsValid} refuses is taken
	 * as {@code 127.0.0.1} ({@link PhpIps}).
	 * @param contact the contact
	 * @param sent the address sent
	 */
	public void addIp(Contact contact, String sent) {
		String ip = PhpIps.isTrackable(sent) ? sent : "127.0.0.1";
		if (contact.ipAddresses.stream().anyMatch((existing) -> existing.ipAddress().equals(ip))) {
			return;
		}
		long id = this.contacts.all()
			.stream()
			.flatMap((other) -> other.ipAddresses.stream())
			.filter((existing) -> existing.ipAddress().equals(ip))
			.map(Contact.IpAddress::id)
			.findFirst()
			.orElseGet(() -> this.state.nextId("ip_addresses"));
		contact.ipAddresses.add(new Contact.IpAddress(id, ip));
	}

	// Mautic's contact model saves these through relations that break on API input
	// (recordings 256, 267), and
	// LeadApiController::preSaveEntity passes a stage that does not exist to
	// Lead::setStage, which takes no null (266);
	// an edit's form checks the stage first and refuses it (a probe of Mautic 5.1.0).
	private void refuseWhatMauticCannotSave(JsonNode payload, boolean edit) {
		if (payload.has("companies") || payload.has("frequencyRules")) {
			throw MauticApiException.serverError();
		}
		JsonNode stage = payload.get("stage");
		if (stage != null && !stage.isNull()) {
			ContactStagesView view = this.stages.getIfAvailable();
			long id = stage.isValueNode() ? org.mauticapi.sandbox.entity.EntityIds.parse(stage.asString()).orElse(0L)
					: 1;
			if (view == null || view.stage(id).isEmpty()) {
				if (edit) {
					throw new MauticApiException(400,
							MauticErrors.validation(400, Map.of("stage", List.of("This value is not valid."))));
				}
				throw MauticApiException.serverError();
			}
		}
	}

	private static boolean isIdentified(Contact contact) {
		for (String alias : List.of("email", "firstname", "lastname", "company", "phone", "mobile")) {
			if (contact.value(alias) != null) {
				return true;
			}
		}
		return false;
	}

	static @Nullable Instant parseDate(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	static boolean isFieldOrKnownKey(FieldStore fields, String key) {
		return NON_FIELD_KEYS.contains(key) || fields.contactField(key).isPresent();
	}

}
