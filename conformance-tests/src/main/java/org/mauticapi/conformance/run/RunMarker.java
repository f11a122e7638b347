package org.mauticapi.conformance.run;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The run's unique marker: every entity the run creates carries it (in an email, a last
 * name, a segment name), and the run deletes only entities that carry it. Lower case
 * letters, digits and dashes, so that it is valid in an email address and survives
 * Mautic's alias generation.
 */
public final class RunMarker {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private RunMarker() {
	}

	/**
	 * A new marker, e.g. {@code conformance-20261122230102-a1b2c3}.
	 * @return the marker
	 */
	public static String create() {
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		return "conformance-" + LocalDateTime.now().format(STAMP) + "-" + HexFormat.of().formatHex(random);
	}

}
