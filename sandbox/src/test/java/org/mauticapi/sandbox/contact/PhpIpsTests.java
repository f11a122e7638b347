package org.mauticapi.sandbox.contact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers of PHP 8.2.36's {@code filter_var} with Mautic's flags, address by address.
 */
class PhpIpsTests {

	@ParameterizedTest
	@CsvSource({ "1.2.3.4, true", "10.0.0.1, false", "172.16.0.1, false", "172.32.0.1, true", "192.168.1.1, false",
			"127.0.0.1, false", "0.1.2.3, false", "169.254.1.1, false", "100.64.0.1, true", "192.0.2.1, true",
			"224.0.0.1, true", "240.0.0.1, false", "255.255.255.255, false", "8.8.8.8, true", "::1, false", "::, false",
			"2001:db8::1, false", "2001:DB8::1, false", "2001:0db8::1, false", "fe80::1, false", "febf::1, false",
			"fec0::1, true", "fc00::1, false", "fd00::1, false", "fb00::1, true", "2001:4860:4860::8888, true",
			"::ffff:1.2.3.4, true", "::ffff:10.0.0.1, true", "2001:10::1, false", "2001:20::1, true", "ff02::1, true",
			"1::, true", "1.2.3, false", "01.2.3.4, false", "'1.2.3.4 ', false", "not-an-ip, false",
			"example.com, false" })
	void tracksWhatPhpAccepts(String ip, boolean trackable) {
		assertThat(PhpIps.isTrackable(ip)).as(ip).isEqualTo(trackable);
	}

}
