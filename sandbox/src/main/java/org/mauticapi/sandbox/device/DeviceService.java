package org.mauticapi.sandbox.device;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactJson;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.entity.JsonProperties;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserJson;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Devices as Mautic serialises them, and a contact's devices ({@code GET
 * /contacts/{id}/devices}).
 */
@Service
public class DeviceService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/**
	 * The contact columns Mautic's device serialiser shows at the top level of
	 * {@code lead} (recording 033).
	 */
	private static final List<String> LEAD_COLUMNS = List.of("title", "firstname", "lastname", "company", "position",
			"email", "phone", "mobile", "address1", "address2", "city", "state", "zipcode", "timezone", "country");

	private static final List<String> LEAD_TAIL = List.of("ipAddresses", "tags", "utmtags", "stage", "dateIdentified",
			"preferredProfileImage", "doNotContact", "frequencyRules");

	private final SandboxState state;

	private final DeviceStore devices;

	private final ContactStore contacts;

	private final ContactJson contactJson;

	private final UserStore users;

	private final UserJson userJson;

	public DeviceService(SandboxState state, DeviceStore devices, ContactStore contacts, ContactJson contactJson,
			UserStore users, UserJson userJson) {
		this.state = state;
		this.devices = devices;
		this.contacts = contacts;
		this.contactJson = contactJson;
		this.users = users;
		this.userJson = userJson;
	}

	/**
	 * {@code GET /contacts/{id}/devices}: a plain array without null properties,
	 * {@code lead} always {@code {}}.
	 */
	public ResponseEntity<JsonNode> list(long id, Map<String, List<String>> query) {
		return this.state.read(() -> {
			this.contacts.get(id);
			DeviceQuery request = DeviceQuery.parse(query);
			List<Device> all = this.devices.devicesOf(id);
			ObjectNode body = JSON.objectNode().put("total", all.size());
			ArrayNode list = body.putArray("devices");
			request.page(all)
				.forEach((device) -> list.add(JsonProperties.withoutNulls(json(device, JSON.objectNode()))));
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * A device as the device API answers it: with nulls, and its contact flattened with
	 * the entity's columns; the contact's field groups show only when the write bound the
	 * contact (recording 033), else {@code fields: []}.
	 * @param device the device
	 * @param id the id to show, null once deleted
	 * @return the JSON
	 */
	ObjectNode json(Device device, @Nullable Long id) {
		Contact contact = this.contacts.find(device.contactId()).orElse(null);
		ObjectNode lead = (contact != null) ? lead(contact, device.leadBound) : JSON.objectNode();
		device.leadBound = false;
		ObjectNode json = json(device, lead);
		json.put("id", id);
		return json;
	}

	/**
	 * The contact as Mautic's device serialiser shows it: the entity's columns, field
	 * groups and relations.
	 */
	private ObjectNode lead(Contact contact, boolean withFields) {
		ObjectNode loaded = this.contactJson.loaded(contact);
		ObjectNode lead = JSON.objectNode();
		lead.set("createdByUser", loaded.get("createdByUser"));
		lead.set("modifiedByUser", loaded.get("modifiedByUser"));
		lead.set("id", loaded.get("id"));
		lead.set("points", loaded.get("points"));
		lead.set("color", loaded.get("color"));
		JsonNode all = loaded.path("fields").path("all");
		LEAD_COLUMNS.forEach((column) -> lead.set(column, all.has(column) ? all.get(column) : JSON.nullNode()));
		ObjectNode fields = (ObjectNode) loaded.get("fields").deepCopy();
		fields.remove("all");
		lead.set("fields", withFields ? fields : JSON.arrayNode());
		lead.set("lastActive", loaded.get("lastActive"));
		Long ownerId = contact.ownerId();
		lead.set("owner", (ownerId == null) ? JSON.nullNode()
				: this.users.find(ownerId).<JsonNode>map(this.userJson::owner).orElse(JSON.nullNode()));
		LEAD_TAIL.forEach((key) -> lead.set(key, loaded.has(key) ? loaded.get(key) : JSON.nullNode()));
		return lead;
	}

	private static ObjectNode json(Device device, ObjectNode lead) {
		ObjectNode json = JSON.objectNode().put("id", device.id());
		json.set("lead", lead);
		// an unknown client is PHP's empty array (recording 322)
		// LeadDevice::$clientInfo starts as an empty array (devices the API creates);
		// tracking sets what the user
		// agent tells, null for an agent it does not know (100-fresh devices-params)
		ObjectNode clientInfo = device.clientInfo();
		json.set("clientInfo", (clientInfo == null) ? JSON.nullNode()
				: clientInfo.isEmpty() ? JSON.arrayNode() : clientInfo.deepCopy());
		json.put("device", device.device());
		json.put("deviceBrand", device.deviceBrand());
		json.put("deviceModel", device.deviceModel());
		json.put("deviceOsName", device.deviceOsName());
		json.put("deviceOsShortName", device.deviceOsShortName());
		json.put("deviceOsVersion", device.deviceOsVersion());
		json.put("deviceOsPlatform", device.deviceOsPlatform());
		return json;
	}

}
