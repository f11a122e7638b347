package org.mauticapi.sandbox.device;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the common browsers, systems and device kinds from a user agent, in the terms of
 * the DeviceDetector library Mautic uses (names, short codes, {@code clientInfo} keys as
 * in recording 322). Unknown agents give a device without client info. Stateless.
 */
final class UserAgentParser {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/**
	 * Browsers in the order they must be tested (Edge and Opera also announce Chrome,
	 * Chrome announces Safari).
	 */
	private static final List<Browser> BROWSERS = List.of(
			new Browser("Edg(?:e|A|iOS)?/([\\d.]+)", "Microsoft Edge", "PS", "Blink", "Internet Explorer"),
			new Browser("OPR/([\\d.]+)", "Opera", "OP", "Blink", "Opera"),
			new Browser("(?:Firefox|FxiOS)/([\\d.]+)", "Firefox", "FF", "Gecko", "Firefox"),
			new Browser("(?:Chrome|CriOS)/([\\d.]+)", "Chrome", "CH", "Blink", "Chrome"),
			new Browser("Version/([\\d.]+).*Safari/", "Safari", "SF", "WebKit", "Safari"));

	private UserAgentParser() {
	}

	/**
	 * Parses a user agent.
	 * @param userAgent the header value
	 * @return what was recognised
	 */
	static Parsed parse(String userAgent) {
		ObjectNode client = client(userAgent);
		Os os = os(userAgent);
		String kind = kind(userAgent, os);
		boolean apple = userAgent.contains("iPhone") || userAgent.contains("iPad");
		String model = userAgent.contains("iPad") ? "iPad" : (userAgent.contains("iPhone") ? "iPhone" : "");
		return new Parsed(client, kind, apple ? "AP" : "", model, os.name(), os.shortName(), os.version(),
				os.platform());
	}

	private static @Nullable ObjectNode client(String userAgent) {
		for (Browser browser : BROWSERS) {
			Matcher matcher = Pattern.compile(browser.pattern()).matcher(userAgent);
			if (matcher.find()) {
				String version = shortVersion(matcher.group(1));
				return JSON.objectNode()
					.put("type", "browser")
					.put("name", browser.name())
					.put("short_name", browser.shortName())
					.put("version", version)
					.put("engine", browser.engine())
					.put("engine_version", engineVersion(userAgent, browser, version))
					.put("family", browser.family());
			}
		}
		return null;
	}

	private static String engineVersion(String userAgent, Browser browser, String version) {
		if (browser.engine().equals("WebKit")) {
			Matcher webkit = Pattern.compile("AppleWebKit/([\\d.]+)").matcher(userAgent);
			return webkit.find() ? webkit.group(1) : "";
		}
		return version;
	}

	private static Os os(String userAgent) {
		Matcher matcher;
		if ((matcher = Pattern.compile("(?:iPhone|CPU) OS (\\d+(?:_\\d+)*)").matcher(userAgent)).find()) {
			return new Os("iOS", "IOS", matcher.group(1).replace('_', '.'), "ARM");
		}
		if ((matcher = Pattern.compile("Android ([\\d.]+)").matcher(userAgent)).find()) {
			return new Os("Android", "AND", matcher.group(1), "ARM");
		}
		if ((matcher = Pattern.compile("Windows NT ([\\d.]+)").matcher(userAgent)).find()) {
			String version = switch (matcher.group(1)) {
				case "10.0" -> "10";
				case "6.3" -> "8.1";
				case "6.2" -> "8";
				case "6.1" -> "7";
				default -> matcher.group(1);
			};
			boolean wide = userAgent.contains("Win64") || userAgent.contains("WOW64") || userAgent.contains("x64");
			return new Os("Windows", "WIN", version, wide ? "x64" : "x86");
		}
		if ((matcher = Pattern.compile("Mac OS X (\\d+(?:[_.]\\d+)*)").matcher(userAgent)).find()) {
			return new Os("Mac", "MAC", matcher.group(1).replace('_', '.'), "");
		}
		String platform = userAgent.contains("x86_64") ? "x64" : (userAgent.contains("i686") ? "x86" : "");
		if (userAgent.contains("Ubuntu")) {
			return new Os("Ubuntu", "UBT", "", platform);
		}
		if (userAgent.contains("Linux")) {
			return new Os("GNU/Linux", "LIN", "", platform);
		}
		return new Os("", "", "", "");
	}

	private static String kind(String userAgent, Os os) {
		if (userAgent.contains("iPad") || os.shortName().equals("AND") && !userAgent.contains("Mobile")) {
			return "tablet";
		}
		if (userAgent.contains("iPhone") || os.shortName().equals("AND")) {
			return "smartphone";
		}
		return os.name().isEmpty() ? "" : "desktop";
	}

	/** DeviceDetector keeps major.minor: {@code 120.0}, {@code 119.0}. */
	private static String shortVersion(String version) {
		String[] parts = version.split("\\.");
		return (parts.length <= 2) ? version : parts[0] + "." + parts[1];
	}

	/**
	 * What a user agent says.
	 *
	 * @param clientInfo the browser, null when unknown
	 * @param device the device kind, {@code ""} when unknown
	 * @param brand the brand code
	 * @param model the model
	 * @param osName the system
	 * @param osShortName its code
	 * @param osVersion its version
	 * @param osPlatform the platform
	 */
	record Parsed(@Nullable ObjectNode clientInfo, String device, String brand, String model, String osName,
			String osShortName, String osVersion, String osPlatform) {
	}

	private record Browser(String pattern, String name, String shortName, String engine, String family) {
	}

	private record Os(String name, String shortName, String version, String platform) {
	}

}
