package org.mauticapi.conformance.run;

import java.util.Optional;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.Exchange;
import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.http.TargetException;

/**
 * One call before the run: is the target there, does it take the credentials, and which Mautic version does it
 * say it is ({@code Mautic-Version}, sent on every answer a Mautic controller gives).
 */
final class TargetProbe {

	private TargetProbe() {
	}

	/**
	 * Probes the target.
	 * @param http the target
	 * @return its version, empty when it sends none
	 * @throws TargetException when it cannot be reached or refuses the credentials
	 */
	static Optional<MauticVersion> version(MauticHttp http) {
		Exchange probe = http.send("GET", "/contacts?limit=1&minimal=true", null, Authentication.VALID);
		if (probe.status() == 401 || probe.status() == 403) {
			throw new TargetException("The target refused the credentials (" + probe.status() + "): "
					+ probe.bodyText().strip() + ". Check them, and that the API and HTTP Basic (or OAuth2) are "
					+ "enabled in Mautic's configuration");
		}
		return Optional.ofNullable(probe.mauticVersion()).flatMap(MauticVersion::parse);
	}

}
