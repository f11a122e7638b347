package org.mauticapi.sandbox.device;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mauticapi.sandbox.state.SandboxState;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceStoreTests {

	private static final String FIREFOX = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";

	private final DeviceStore devices = new DeviceStore(
			new SandboxState(Clock.fixed(Instant.parse("2026-11-22T20:28:13Z"), ZoneOffset.UTC)));

	@Test
	void userAgentCreatesDeviceWithClientInfoAndEmptyTexts() {
		Device device = this.devices.recordUserAgent(1, FIREFOX);

		assertThat(device.id()).isEqualTo(1);
		assertThat(device.clientInfo()).isNotNull();
		assertThat(device.clientInfo().path("engine").asString()).isEqualTo("Gecko");
		assertThat(device.deviceBrand()).isEmpty();
		assertThat(device.deviceOsVersion()).isEmpty();
		assertThat(this.devices.devicesOf(1)).containsExactly(device);
	}

	@Test
	void theSameDeviceSeenAgainIsUsedAgain() {
		Device first = this.devices.recordUserAgent(1, FIREFOX);

		Device again = this.devices.recordUserAgent(1, FIREFOX);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(this.devices.devicesOf(1)).hasSize(1);
	}

	@Test
	void anotherContactsDeviceIsNotUsedAgain() {
		Device first = this.devices.recordUserAgent(1, FIREFOX);

		Device other = this.devices.recordUserAgent(2, FIREFOX);

		assertThat(other.id()).isNotEqualTo(first.id());
	}

}
