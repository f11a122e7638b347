package org.mauticapi.sandbox.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The devices of all contacts, in creation order: those created through
 * {@code POST /devices/new} and those detected from a user agent (a UTM tag set with
 * {@code useragent} creates one, recordings 051 and 322). A deleted contact's devices go
 * with it. Call under the state's write lock.
 */
@Component
public class DeviceStore implements ContactLifecycle {

	private final SandboxState state;

	private final List<Device> devices = new ArrayList<>();

	public DeviceStore(SandboxState state) {
		this.state = state;
	}

	/**
	 * Records a device as given.
	 * @param contactId the contact
	 * @param clientInfo the client, null when unknown
	 * @param device the kind
	 * @param brand the brand code
	 * @param model the model
	 * @param osName the system
	 * @param osShortName its code
	 * @param osVersion its version
	 * @param osPlatform the platform
	 * @return the device
	 */
	public Device create(long contactId, @Nullable ObjectNode clientInfo, @Nullable String device,
			@Nullable String brand, @Nullable String model, @Nullable String osName, @Nullable String osShortName,
			@Nullable String osVersion, @Nullable String osPlatform) {
		Device created = new Device(this.state.nextId("lead_devices"), contactId, this.state.now(), clientInfo);
		created.device = device;
		created.deviceBrand = brand;
		created.deviceModel = model;
		created.deviceOsName = osName;
		created.deviceOsShortName = osShortName;
		created.deviceOsVersion = osVersion;
		created.deviceOsPlatform = osPlatform;
		this.devices.add(created);
		return created;
	}

	/**
	 * Records the device a user agent describes, as Mautic's device tracking does when
	 * UTM tags arrive with a {@code useragent}: the contact's device with the same kind,
	 * brand and model is used again, else a new one is recorded
	 * ({@code DeviceTrackingService::trackCurrentDevice}).
	 * @param contactId the contact
	 * @param userAgent the user agent
	 * @return the device
	 */
	public Device recordUserAgent(long contactId, String userAgent) {
		UserAgentParser.Parsed parsed = UserAgentParser.parse(userAgent);
		return this.devices.stream()
			.filter((device) -> device.contactId() == contactId && Objects.equals(device.device(), parsed.device())
					&& Objects.equals(device.deviceBrand(), parsed.brand())
					&& Objects.equals(device.deviceModel(), parsed.model()))
			.findFirst()
			.orElseGet(() -> create(contactId, parsed.clientInfo(), parsed.device(), parsed.brand(), parsed.model(),
					parsed.osName(), parsed.osShortName(), parsed.osVersion(), parsed.osPlatform()));
	}

	public Optional<Device> find(long id) {
		return this.devices.stream().filter((device) -> device.id() == id).findFirst();
	}

	public List<Device> all() {
		return List.copyOf(this.devices);
	}

	public void delete(Device device) {
		this.devices.remove(device);
	}

	public List<Device> devicesOf(long contactId) {
		return this.devices.stream().filter((device) -> device.contactId() == contactId).toList();
	}

	@Override
	public void deleted(Contact contact) {
		this.devices.removeIf((device) -> device.contactId() == contact.id());
	}

}
