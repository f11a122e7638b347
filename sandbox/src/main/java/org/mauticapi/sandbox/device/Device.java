package org.mauticapi.sandbox.device;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A device a contact used (Mautic's {@code lead_devices} row): its kind (desktop,
 * smartphone, tablet, ...), brand code, model, operating system (name, short code,
 * version, platform) and the client detected from a user agent. Mutable, touched only
 * under the state's lock.
 */
public final class Device {

	private final long id;

	long contactId;

	private final Instant dateAdded;

	private final @Nullable ObjectNode clientInfo;

	@Nullable String device;

	@Nullable String deviceBrand;

	@Nullable String deviceModel;

	@Nullable String deviceOsName;

	@Nullable String deviceOsShortName;

	@Nullable String deviceOsVersion;

	@Nullable String deviceOsPlatform;

	/**
	 * Whether the write being answered bound its contact, so that the answer shows the
	 * contact's field values.
	 */
	boolean leadBound;

	Device(long id, long contactId, Instant dateAdded, @Nullable ObjectNode clientInfo) {
		this.id = id;
		this.contactId = contactId;
		this.dateAdded = dateAdded;
		this.clientInfo = clientInfo;
	}

	public long id() {
		return this.id;
	}

	public long contactId() {
		return this.contactId;
	}

	public Instant dateAdded() {
		return this.dateAdded;
	}

	public @Nullable ObjectNode clientInfo() {
		return this.clientInfo;
	}

	public @Nullable String device() {
		return this.device;
	}

	public @Nullable String deviceBrand() {
		return this.deviceBrand;
	}

	public @Nullable String deviceModel() {
		return this.deviceModel;
	}

	public @Nullable String deviceOsName() {
		return this.deviceOsName;
	}

	public @Nullable String deviceOsShortName() {
		return this.deviceOsShortName;
	}

	public @Nullable String deviceOsVersion() {
		return this.deviceOsVersion;
	}

	public @Nullable String deviceOsPlatform() {
		return this.deviceOsPlatform;
	}

}
