package org.mauticapi.conformance.cli;

/**
 * The command line or the environment asks for something the kit cannot do; the message
 * says what to fix.
 */
public class CliUsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CliUsageException(String message) {
		super(message);
	}

}
