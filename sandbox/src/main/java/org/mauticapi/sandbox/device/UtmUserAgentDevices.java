package org.mauticapi.sandbox.device;

import java.time.Instant;

import org.mauticapi.sandbox.utm.UtmDeviceSink;

import org.springframework.stereotype.Component;

/**
 * Records a device for the user agent of a UTM tag set, as Mautic's UTM add does
 * (recording 322).
 */
@Component
class UtmUserAgentDevices implements UtmDeviceSink {

	private final DeviceStore devices;

	UtmUserAgentDevices(DeviceStore devices) {
		this.devices = devices;
	}

	@Override
	public void userAgentSeen(long contactId, String userAgent, Instant dateAdded) {
		this.devices.recordUserAgent(contactId, userAgent);
	}

}
