package org.mauticapi.sandbox.dnc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * PHP's {@code (int)} cast of a request value, which is how Mautic's DNC endpoint reads {@code reason} and
 * {@code channelId}: {@code "bounced"} and null are 0, {@code "2.5"} and {@code 2.9} are 2.
 */
final class PhpInt {

	private static final Pattern LEADING_INT = Pattern.compile("^\\s*([+-]?\\d+)");

	private PhpInt() {
	}

	static long of(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return 0;
		}
		if (value.isBoolean()) {
			return value.asBoolean() ? 1 : 0;
		}
		if (value.isNumber()) {
			return value.asLong();
		}
		if (value.isContainer()) {
			return value.isEmpty() ? 0 : 1;
		}
		Matcher matcher = LEADING_INT.matcher(value.asString());
		if (!matcher.find()) {
			return 0;
		}
		try {
			return Long.parseLong(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			return matcher.group(1).startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
	}

}
