package org.mauticapi.sandbox.utm;

import java.time.Instant;

/**
 * Where a UTM tag set's user agent goes: Mautic's {@code LeadModel::addUTMTags} parses
 * the {@code useragent} with DeviceDetector and adds a device to the contact unless it
 * already has one with the same device name, brand and model. The device store implements
 * this; it is called under the state's write lock.
 */
public interface UtmDeviceSink {

	/**
	 * A UTM tag set with a non-empty {@code useragent} was recorded for a contact.
	 * @param contactId the contact
	 * @param userAgent the user agent, as sent
	 * @param dateAdded the tag set's date ({@code lastActive} when sent, else now): the
	 * new device's date
	 */
	void userAgentSeen(long contactId, String userAgent, Instant dateAdded);

}
