package org.mauticapi.gateway.rest;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the REST surface treats requests, under {@code mautic.rest.*}.
 *
 * @param unrouted what happens to a request under {@code /api} that is no operation of
 * the contract ({@code /api/notes}, {@code /api/fields/contact/new}, ...):
 * {@code forward} (the default, so that existing Mautic clients keep working; its query
 * is still read as PHP does and its SQL-bound list parameters checked) or {@code refuse}
 * (404, for hardened deployments); either way it is counted in
 * {@code mautic_gateway_unrouted_requests_total}
 * @param maxInputVars the Mautic's PHP {@code max_input_vars}: a query or form with more
 * variables is refused, as PHP would drop the rest
 * @param maxInputNestingLevel the Mautic's PHP {@code max_input_nesting_level}: a deeper
 * variable is refused, as PHP would drop it
 * @param forwardedPaths Mautic's pages outside {@code /api} that API clients use and the
 * gateway forwards like a route outside the contract: the tracking pixel and event
 * endpoint (which create page-hit activity) and the OAuth2 token endpoint
 */
@ConfigurationProperties("mautic.rest")
public record RestProperties(@DefaultValue("forward") Unrouted unrouted, @DefaultValue("1000") int maxInputVars,
		@DefaultValue("64") int maxInputNestingLevel, @DefaultValue( {
				"/mtracking.gif", "/mtc/event", "/mtc.js", "/oauth/v2/token" }) List<String> forwardedPaths){

	/** What happens to a request outside the contract. */
	public enum Unrouted {

		/** Sent to Mautic as it came, its query in PHP's canonical spelling. */
		FORWARD,

		/** Answered 404 without calling Mautic. */
		REFUSE

	}

}
