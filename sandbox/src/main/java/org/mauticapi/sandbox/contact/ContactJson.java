package org.mauticapi.sandbox.contact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.User;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Serialises a contact in each of the shapes Mautic uses (see the spec's Contact,
 * ContactMinimal, SelectContact and FlatContact): as read from the database (string ids,
 * PHP-serialised settings, booleans 1/0), as just created (int ids, decoded settings,
 * {@code utmtags: null}), minimal, with {@code select[]}, and flattened (DNC and UTM
 * replies). Call under the state's lock.
 */
@Component
public class ContactJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/**
	 * The fields that are properties of Mautic's {@code Lead} entity, in its order: the
	 * only ones the flattened serialisation puts at the top level (recording 033 lists
	 * them).
	 */
	private static final List<String> ENTITY_FIELDS = List.of("title", "firstname", "lastname", "company", "position",
			"email", "phone", "mobile", "address1", "address2", "city", "state", "zipcode", "timezone", "country");

	private final FieldStore fields;

	private final UserStore users;

	private final TagStore tags;

	private final ContactFieldsJson contactFields;

	private final ObjectProvider<ContactStagesView> stages;

	public ContactJson(FieldStore fields, UserStore users, TagStore tags, ObjectProvider<ContactStagesView> stages) {
		this.fields = fields;
		this.stages = stages;
		this.contactFields = new ContactFieldsJson(fields);
		this.users = users;
		this.tags = tags;
	}

	/** As Mautic reads a contact back: GET, lists, edits, delete. */
	public ObjectNode loaded(Contact contact) {
		return full(contact, false);
	}

	/**
	 * As Mautic's batch edit and batch delete answer a contact: loaded the way a list
	 * loads it, so with its fields in column order (recordings 289, 418).
	 */
	public ObjectNode batched(Contact contact) {
		ObjectNode json = full(contact, false);
		json.set("fields",
				this.contactFields.of(contact, ContactFieldsJson.Shape.LOADED, null, ContactFieldsJson.Order.COLUMNS));
		return json;
	}

	/**
	 * As Mautic's batch delete answers a contact: as {@link #batched}, with the values of
	 * the database rows the list loaded, so booleans as "1"/"0" (98-fresh
	 * event-registration-flow).
	 */
	public ObjectNode deletedInBatch(Contact contact) {
		ObjectNode json = full(contact, false);
		json.set("fields",
				this.contactFields.of(contact, ContactFieldsJson.Shape.LISTED, null, ContactFieldsJson.Order.COLUMNS));
		return json;
	}

	/** As Mautic lists a contact in GET /contacts: from database rows. */
	public ObjectNode listed(Contact contact) {
		ObjectNode json = full(contact, false);
		json.set("fields", this.contactFields.of(contact, ContactFieldsJson.Shape.LISTED, null));
		return json;
	}

	/** {@code minimal=true} in a list. */
	public ObjectNode listedMinimal(Contact contact) {
		ObjectNode json = minimal(contact);
		json.set("fields", this.contactFields.of(contact, ContactFieldsJson.Shape.LISTED, null));
		return json;
	}

	/** As Mautic answers a contact it has just created. */
	public ObjectNode created(Contact contact) {
		return full(contact, true);
	}

	/** {@code minimal=true}: without owner, tags, IPs, DNC and the other heavy parts. */
	public ObjectNode minimal(Contact contact) {
		ObjectNode json = header(contact);
		json.put("points", contact.points());
		json.putNull("color");
		json.set("fields", this.contactFields.of(contact, ContactFieldsJson.Shape.LOADED, null));
		return json;
	}

	/**
	 * A list's contact with {@code select[]}: the entity as listed, only the selected
	 * fields (in the order asked for), no null anywhere; with {@code minimal} also,
	 * nothing after the fields (recordings 148, 151).
	 * @param contact the contact
	 * @param columns the selected columns, in request order
	 * @param minimal whether {@code minimal} was asked for
	 * @return the JSON
	 */
	public ObjectNode selectedInList(Contact contact, List<String> columns, boolean minimal) {
		ObjectNode json = minimal ? header(contact).put("points", contact.points()) : full(contact, false);
		json.set("fields", this.contactFields.selectedInList(contact, columns));
		return (ObjectNode) withoutNulls(json);
	}

	/**
	 * A contact read with {@code select[]}: Mautic hydrates a partial entity, so only the
	 * id, the points (the selected ones, else 0), the relations it loads on access and
	 * the entity's defaults show, and the fields carry the quirk
	 * {@link ContactFieldsJson#partial} describes; no null anywhere (recording 136).
	 * @param contact the contact
	 * @param columns the selected columns
	 * @return the JSON
	 */
	public ObjectNode selected(Contact contact, Collection<String> columns) {
		ObjectNode json = JSON.objectNode().put("isPublished", true).put("id", contact.id());
		json.put("points", columns.contains("points") ? contact.points() : 0);
		json.set("fields", this.contactFields.partial(contact, Set.copyOf(columns)));
		if (contact.ownerId() != null) {
			json.set("owner", owner(contact.ownerId()));
		}
		json.set("ipAddresses", ipAddresses(contact));
		json.set("tags", tags(contact));
		json.set("utmtags", utmTags(contact));
		// a selected association is loaded (99-fresh stage-moves)
		if (columns.contains("stage")) {
			json.set("stage", stage(contact));
		}
		// Lead::$preferredProfileImage's default, which a partial entity keeps
		json.put("preferredProfileImage", "gravatar");
		ArrayNode dnc = json.putArray("doNotContact");
		for (Contact.DoNotContact entry : contact.doNotContact()) {
			dnc.addObject()
				.put("id", entry.id())
				.put("reason", entry.reason())
				.put("comments", entry.comments())
				.put("channel", entry.channel());
		}
		json.putArray("frequencyRules");
		return (ObjectNode) withoutNulls(json);
	}

	/**
	 * The flattened serialisation after a change of the contact's last activity: Mautic
	 * loaded the field values before the change, so {@code fields} still shows the
	 * earlier one.
	 * @param contact the contact
	 * @param lastActiveBefore its last activity when the request began
	 * @return the JSON
	 */
	public ObjectNode flat(Contact contact, java.time.@Nullable Instant lastActiveBefore) {
		ObjectNode json = flat(contact);
		if (json.path("fields").path("core").path("last_active") instanceof ObjectNode lastActive) {
			if (lastActiveBefore == null) {
				lastActive.remove("value");
				lastActive.put("normalizedValue", "");
			}
			else {
				lastActive.put("value", SandboxState.sql(lastActiveBefore));
			}
		}
		return json;
	}

	/**
	 * The flattened serialisation of the DNC and UTM replies: field values at the top
	 * level, no nulls.
	 */
	public ObjectNode flat(Contact contact) {
		ObjectNode json = header(contact);
		json.put("points", contact.points());
		for (String alias : ENTITY_FIELDS) {
			Object value = contact.value(alias);
			if (value != null) {
				json.set(alias, FieldValues.loaded(value));
			}
		}
		ObjectNode groups = this.contactFields.of(contact, ContactFieldsJson.Shape.LOADED, null);
		groups.remove("all");
		json.set("fields", groups);
		if (contact.lastActive() != null) {
			json.put("lastActive", SandboxState.iso(contact.lastActive()));
		}
		if (contact.ownerId() != null) {
			json.set("owner", fullOwner(contact.ownerId()));
		}
		json.set("ipAddresses", ipAddresses(contact));
		json.set("tags", tags(contact));
		json.set("utmtags", utmTags(contact));
		if (contact.dateIdentified() != null) {
			json.put("dateIdentified", SandboxState.iso(contact.dateIdentified()));
		}
		ArrayNode dnc = json.putArray("doNotContact");
		for (Contact.DoNotContact entry : contact.doNotContact()) {
			ObjectNode item = dnc.addObject()
				.put("id", entry.id())
				.put("dateAdded", SandboxState.iso(entry.dateAdded()));
			item.put("reason", entry.reason()).put("comments", entry.comments()).put("channel", entry.channel());
			if (entry.channelId() != null) {
				item.put("channelId", entry.channelId());
			}
		}
		json.putArray("frequencyRules");
		return (ObjectNode) withoutNulls(json);
	}

	private ObjectNode full(Contact contact, boolean created) {
		ObjectNode json = header(contact);
		json.put("points", contact.points());
		json.putNull("color");
		ContactFieldsJson.Shape shape = created ? ContactFieldsJson.Shape.CREATED : ContactFieldsJson.Shape.LOADED;
		json.set("fields", this.contactFields.of(contact, shape, null));
		putDate(json, "lastActive", (contact.lastActiveBeforeField != null) ? contact.lastActiveBeforeField.orElse(null)
				: contact.lastActive());
		json.set("owner", (contact.ownerId() != null) ? owner(contact.ownerId()) : JSON.nullNode());
		json.set("ipAddresses", ipAddresses(contact));
		json.set("tags", tags(contact));
		json.set("utmtags", created && contact.utmTags().isEmpty() ? JSON.nullNode() : utmTags(contact));
		json.set("stage", stage(contact));
		putDate(json, "dateIdentified", contact.dateIdentified());
		json.put("preferredProfileImage", contact.preferredProfileImage);
		ArrayNode dnc = json.putArray("doNotContact");
		for (Contact.DoNotContact entry : contact.doNotContact()) {
			ObjectNode item = dnc.addObject().put("id", entry.id()).put("reason", entry.reason());
			item.put("comments", entry.comments()).put("channel", entry.channel());
			if (entry.channelId() != null) {
				item.put("channelId", entry.channelId());
			}
			else {
				item.putNull("channelId");
			}
		}
		json.putArray("frequencyRules");
		return json;
	}

	private ObjectNode header(Contact contact) {
		ObjectNode json = JSON.objectNode();
		json.put("isPublished", true);
		json.put("dateAdded", SandboxState.iso(contact.dateAdded()));
		putDate(json, "dateModified", contact.dateModified());
		json.put("createdBy", contact.createdBy);
		json.put("createdByUser", contact.createdByUser);
		if (contact.modifiedBy != null) {
			json.put("modifiedBy", contact.modifiedBy);
		}
		else {
			json.putNull("modifiedBy");
		}
		json.put("modifiedByUser", contact.modifiedByUser);
		json.put("id", contact.id());
		return json;
	}

	/**
	 * The owner as the flattened serialisation shows it: the whole user entity with its
	 * role (recordings 064, 066). The admin installed with Mautic has no creation data
	 * but empty timezone and locale.
	 */
	private JsonNode fullOwner(long ownerId) {
		User user = this.users.find(ownerId).orElse(null);
		if (user == null) {
			return JSON.nullNode();
		}
		ObjectNode owner = JSON.objectNode().put("isPublished", true);
		if (user.createdBy() != null) {
			owner.put("dateAdded", SandboxState.iso(user.dateAdded())).put("createdBy", user.createdBy());
			owner.put("createdByUser", this.users.find(user.createdBy()).map(User::fullName).orElse(null));
		}
		owner.put("id", user.id()).put("username", user.username());
		owner.put("firstName", user.firstName()).put("lastName", user.lastName()).put("email", user.email());
		owner.putObject("role")
			.put("isPublished", true)
			.put("id", 1)
			.put("name", "Administrator")
			.put("description", "Full system access")
			.put("isAdmin", true);
		if (user.createdBy() == null) {
			owner.put("timezone", "").put("locale", "");
		}
		return owner;
	}

	private JsonNode owner(long ownerId) {
		User user = this.users.find(ownerId).orElse(null);
		if (user == null) {
			return JSON.nullNode();
		}
		ObjectNode owner = JSON.objectNode();
		if (user.createdBy() != null) {
			owner.put("createdByUser", this.users.find(user.createdBy()).map(User::fullName).orElse(null));
		}
		else {
			owner.putNull("createdByUser");
		}
		owner.put("modifiedByUser",
				this.users.modification(user.id()).map(UserStore.Modification::modifiedByUser).orElse(null));
		owner.put("id", user.id()).put("username", user.username());
		owner.put("firstName", user.firstName()).put("lastName", user.lastName());
		return owner;
	}

	private static ArrayNode ipAddresses(Contact contact) {
		ArrayNode list = JSON.arrayNode();
		for (Contact.IpAddress ip : contact.ipAddresses()) {
			ObjectNode item = list.addObject().put("ipAddress", ip.ipAddress()).put("id", ip.id());
			ObjectNode details = item.putObject("ipDetails");
			for (String key : List.of("city", "region", "zipcode", "country", "latitude", "longitude", "isp",
					"organization", "timezone", "extra")) {
				details.put(key, "");
			}
		}
		return list;
	}

	private ArrayNode tags(Contact contact) {
		ArrayNode list = JSON.arrayNode();
		contact.tagIds()
			.forEach((id) -> list.addObject().put("id", id).put("tag", this.tags.name(id)).putNull("description"));
		return list;
	}

	private static ArrayNode utmTags(Contact contact) {
		ArrayNode list = JSON.arrayNode();
		for (Contact.UtmTag utm : contact.utmTags()) {
			ObjectNode item = list.addObject().put("id", utm.id());
			item.set("query", utm.query());
			item.put("referer", utm.referer()).put("remoteHost", utm.remoteHost()).put("url", utm.url());
			item.put("userAgent", utm.userAgent()).put("utmCampaign", utm.utmCampaign());
			item.put("utmContent", utm.utmContent()).put("utmMedium", utm.utmMedium());
			item.put("utmSource", utm.utmSource()).put("utmTerm", utm.utmTerm());
		}
		return list;
	}

	private static void putDate(ObjectNode json, String key, java.time.@Nullable Instant date) {
		if (date != null) {
			json.put(key, SandboxState.iso(date));
		}
		else {
			json.putNull(key);
		}
	}

	private JsonNode stage(Contact contact) {
		ContactStagesView stageView = this.stages.getIfAvailable();
		return (contact.stageId != null && stageView != null)
				? stageView.stage(contact.stageId).<JsonNode>map((stage) -> stage).orElse(JSON.nullNode())
				: JSON.nullNode();
	}

	static JsonNode withoutNulls(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JSON.objectNode();
			for (Map.Entry<String, JsonNode> entry : object.properties()) {
				if (!entry.getValue().isNull()) {
					copy.set(entry.getKey(), withoutNulls(entry.getValue()));
				}
			}
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JSON.arrayNode();
			array.forEach((item) -> copy.add(withoutNulls(item)));
			return copy;
		}
		return node;
	}

}
