package org.mauticapi.sandbox.device;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.contact.LeadReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Devices through Mautic's API ({@code /api/devices}, {@code DeviceApiController} and
 * {@code DeviceType}): every property is a free text (empty is null), the contact is
 * {@code lead} or {@code contact}, mandatory for a new device
 * ({@code "contact ID is mandatory"}).
 */
@Component
class DeviceKind implements EntityKind<Device> {

	private static final List<String> PROPERTIES = List.of("device", "deviceOsName", "deviceOsShortName",
			"deviceOsVersion", "deviceOsPlatform", "deviceModel", "deviceBrand");

	private final DeviceStore devices;

	private final DeviceService json;

	private final ContactStore contacts;

	DeviceKind(DeviceStore devices, DeviceService json, ContactStore contacts) {
		this.devices = devices;
		this.json = json;
		this.contacts = contacts;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/devices", "device", "devices");
	}

	@Override
	public Optional<Device> find(long id) {
		return this.devices.find(id);
	}

	@Override
	public List<Device> all() {
		return this.devices.all();
	}

	@Override
	public long id(Device device) {
		return device.id();
	}

	@Override
	public Device create(JsonNode payload) {
		Contact contact = LeadReference.of(this.contacts, lead(payload), true, "contact ID is mandatory");
		// an empty clientInfo: the entity's default empty array
		Device device = this.devices.create(contact.id(), JsonNodeFactory.instance.objectNode(),
				FormValues.text(payload, "device"), FormValues.text(payload, "deviceBrand"),
				FormValues.text(payload, "deviceModel"), FormValues.text(payload, "deviceOsName"),
				FormValues.text(payload, "deviceOsShortName"), FormValues.text(payload, "deviceOsVersion"),
				FormValues.text(payload, "deviceOsPlatform"));
		device.leadBound = true;
		return device;
	}

	@Override
	public void edit(Device device, JsonNode payload, boolean replace) {
		Contact contact = LeadReference.of(this.contacts, lead(payload), false, "contact ID is mandatory");
		for (String property : PROPERTIES) {
			if (FormValues.binds(payload, property, replace)) {
				set(device, property, FormValues.text(payload, property));
			}
		}
		if (contact != null) {
			device.contactId = contact.id();
			device.leadBound = true;
		}
	}

	@Override
	public void delete(Device device) {
		this.devices.delete(device);
	}

	@Override
	public ObjectNode json(Device device, View view) {
		return this.json.json(device, (view == View.DELETED) ? null : device.id());
	}

	@Override
	public List<String> columns() {
		return List.of("id", "device", "deviceOsName", "deviceOsShortName", "deviceOsVersion", "deviceOsPlatform",
				"deviceModel", "deviceBrand", "dateAdded", "lead");
	}

	@Override
	public @Nullable Object column(Device device, String column) {
		return switch (column) {
			case "device" -> device.device;
			case "deviceOsName" -> device.deviceOsName;
			case "deviceOsShortName" -> device.deviceOsShortName;
			case "deviceOsVersion" -> device.deviceOsVersion;
			case "deviceOsPlatform" -> device.deviceOsPlatform;
			case "deviceModel" -> device.deviceModel;
			case "deviceBrand" -> device.deviceBrand;
			case "dateAdded" -> device.dateAdded();
			case "lead" -> device.contactId;
			default -> device.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		// LeadDeviceRepository has no catch-all columns: a search text lists every device
		// (100-fresh devices-params)
		return List.of();
	}

	private static @Nullable JsonNode lead(JsonNode payload) {
		JsonNode lead = payload.get("lead");
		return (lead != null && !lead.isNull() && !lead.asString("").isEmpty()) ? lead : payload.get("contact");
	}

	private static void set(Device device, String property, @Nullable String value) {
		switch (property) {
			case "device" -> device.device = value;
			case "deviceOsName" -> device.deviceOsName = value;
			case "deviceOsShortName" -> device.deviceOsShortName = value;
			case "deviceOsVersion" -> device.deviceOsVersion = value;
			case "deviceOsPlatform" -> device.deviceOsPlatform = value;
			case "deviceModel" -> device.deviceModel = value;
			default -> device.deviceBrand = value;
		}
	}

}
