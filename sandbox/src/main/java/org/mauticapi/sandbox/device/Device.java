package org.mauticapi.sandbox.device;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A device a contact used (Mautic's {@code lead_devices} row).
 * @param id the id
 * @param contactId the contact
 * @param dateAdded when it was recorded
 * @param clientInfo the browser or app detected from a user agent, null when unknown
 * @param device desktop, smartphone, tablet, ...
 * @param deviceBrand the brand code (e.g. {@code AP})
 * @param deviceModel the model
 * @param deviceOsName the operating system
 * @param deviceOsShortName its short code
 * @param deviceOsVersion its version
 * @param deviceOsPlatform x64, ARM, ...
 */
public record Device(long id, long contactId, Instant dateAdded, @Nullable ObjectNode clientInfo,
		@Nullable String device, @Nullable String deviceBrand, @Nullable String deviceModel,
		@Nullable String deviceOsName, @Nullable String deviceOsShortName, @Nullable String deviceOsVersion,
		@Nullable String deviceOsPlatform) {

}
