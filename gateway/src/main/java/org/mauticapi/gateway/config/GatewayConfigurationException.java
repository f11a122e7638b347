package org.mauticapi.gateway.config;

/**
 * A configuration the gateway cannot start with, naming the property to fix.
 */
public class GatewayConfigurationException extends RuntimeException {

	private final String property;

	public GatewayConfigurationException(String property, String problem) {
		super(property + ": " + problem);
		this.property = property;
	}

	public String property() {
		return this.property;
	}

}
