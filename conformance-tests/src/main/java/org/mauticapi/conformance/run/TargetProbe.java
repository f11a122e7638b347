package org.mauticapi.conformance.run;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.http.TargetException;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * One call before the run, so that a target the kit cannot check is said in one line
 * rather than in a run of failures: is it there, is it Mautic's API (JSON with Mautic's
 * list envelope, or Mautic's error envelope), does it take the credentials, and which
 * Mautic version does it say it is ({@code Mautic-Version}, sent on every answer of a
 * Mautic controller).
 */
final class TargetProbe {

	private static final String PROBE = "/contacts?limit=1&minimal=true";

	private TargetProbe() {
	}

	/**
	 * Probes the target.
	 * @param http the target
	 * @return its version, empty when it sends none
	 * @throws TargetException when it cannot be reached, is not Mautic's API or refuses
	 * the credentials
	 */
	static Optional<MauticVersion> version(MauticHttp http) {
		Exchange probe = http.send("GET", PROBE, null, Authentication.VALID);
		JsonNode body = probe.body();
		boolean mauticError = body != null && body.path("errors").path(0).has("message");
		if ((probe.status() == 401 || probe.status() == 403) && mauticError) {
			throw new TargetException(http.baseUrl() + " refused the credentials (" + probe.status() + ": "
					+ body.path("errors").path(0).path("message").asString() + "). Check them, and that the API and "
					+ "HTTP Basic (or OAuth2) are enabled in Mautic's configuration");
		}
		boolean mauticList = probe.status() == 200 && body != null && body.has("contacts") && body.has("total");
		if (!mauticList) {
			throw new TargetException(http.baseUrl() + " is not Mautic's API: GET /api" + PROBE + " answered "
					+ probe.status() + " " + describe(probe)
					+ ", not Mautic's {\"total\", \"contacts\"}. --base-url is "
					+ "the Mautic root (the address before /api), and the API must be enabled in Mautic's configuration");
		}
		return Optional.ofNullable(probe.mauticVersion()).flatMap(MauticVersion::parse);
	}

	private static String describe(Exchange probe) {
		String type = (probe.contentType() != null) ? probe.contentType() : "without a Content-Type";
		String text = probe.bodyText().strip().replaceAll("\\s+", " ");
		return (text.isEmpty()) ? "(" + type + ", empty)"
				: "(" + type + ": " + AnswerShapes.abbreviate(text).substring(0, Math.min(text.length(), 80)) + ")";
	}

}
