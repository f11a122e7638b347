package org.mauticapi.sandbox.seed;

/**
 * A seed script that cannot be read: not JSON, not an array of requests, or an entry that
 * is not a valid request; the message says which entry and what is wrong.
 */
public class SeedScriptException extends RuntimeException {

	public SeedScriptException(String message) {
		super(message);
	}

	public SeedScriptException(String message, Throwable cause) {
		super(message, cause);
	}

}
