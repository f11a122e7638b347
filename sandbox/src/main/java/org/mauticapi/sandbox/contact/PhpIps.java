package org.mauticapi.sandbox.contact;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Which addresses Mautic tracks: {@code IpLookupHelper::ipIsValid} is PHP 8.2's
 * {@code filter_var(FILTER_VALIDATE_IP)} with {@code FILTER_FLAG_NO_PRIV_RANGE} and
 * {@code FILTER_FLAG_NO_RES_RANGE}, so private and reserved ranges are refused (and then
 * taken as {@code 127.0.0.1}). The ranges are those PHP 8.2.36 refuses, checked address
 * by address (100-fresh field-value-validation): IPv4 10/8, 172.16/12, 192.168/16, 0/8,
 * 127/8, 169.254/16 and 240/4; IPv6 ::, ::1, 2001:10::/28, 2001:db8::/32, fe80::/10 and
 * fc00::/7 (IPv4-mapped addresses pass whatever they map).
 */
final class PhpIps {

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}");

	private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]+");

	private PhpIps() {
	}

	/**
	 * Whether Mautic keeps this address as it is.
	 * @param ip the address as sent
	 * @return whether it is a valid public address
	 */
	static boolean isTrackable(String ip) {
		if (IPV4.matcher(ip).matches()) {
			return trackableV4(bytes(ip));
		}
		if (!ip.contains(":") || !IPV6_TEXT.matcher(ip).matches()) {
			return false;
		}
		byte[] address;
		try {
			address = InetAddress.getByName(ip).getAddress();
		}
		catch (UnknownHostException | IllegalArgumentException ex) {
			return false;
		}
		// Java reads an IPv4-mapped address (::ffff:10.0.0.1) as IPv4; PHP checks no
		// range of those.
		return address.length != 16 || trackableV6(address);
	}

	private static byte[] bytes(String ipv4) {
		String[] parts = ipv4.split("\\.");
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			bytes[i] = (byte) Integer.parseInt(parts[i]);
		}
		return bytes;
	}

	private static boolean trackableV4(byte[] address) {
		int a = address[0] & 0xff;
		int b = address[1] & 0xff;
		boolean privateRange = a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168);
		boolean reserved = a == 0 || a == 127 || (a == 169 && b == 254) || a >= 240;
		return !privateRange && !reserved;
	}

	private static boolean trackableV6(byte[] address) {
		int first = ((address[0] & 0xff) << 8) | (address[1] & 0xff);
		int second = ((address[2] & 0xff) << 8) | (address[3] & 0xff);
		boolean unspecifiedOrLoopback = true;
		for (int i = 0; i < 15; i++) {
			unspecifiedOrLoopback &= address[i] == 0;
		}
		unspecifiedOrLoopback &= (address[15] == 0 || address[15] == 1);
		boolean reserved = unspecifiedOrLoopback || (first == 0x2001 && (second & 0xfff0) == 0x0010)
				|| (first == 0x2001 && second == 0x0db8) || (first & 0xffc0) == 0xfe80;
		boolean privateRange = (first & 0xfe00) == 0xfc00;
		return !reserved && !privateRange;
	}

}
