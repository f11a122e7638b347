package org.mauticapi.gateway.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a bad {@code mautic.*} setting at start-up as a short description and what to
 * do, not a stack trace.
 */
class GatewayConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<GatewayConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, GatewayConfigurationException cause) {
		return new FailureAnalysis("The gateway's configuration is not usable: " + cause.getMessage(),
				"Fix '" + cause.property() + "' (in application.yml, a --" + cause.property()
						+ "=... argument or its environment variable) and start the gateway again.",
				cause);
	}

}
