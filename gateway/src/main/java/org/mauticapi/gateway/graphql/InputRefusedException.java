package org.mauticapi.gateway.graphql;

/**
 * An argument the gateway cannot turn into a request Mautic reads as meant (two forms of
 * one value, a custom field key that clashes with a typed field): the field answers
 * {@code BAD_USER_INPUT} with this message, and nothing is sent.
 */
final class InputRefusedException extends RuntimeException {

	InputRefusedException(String path, String problem) {
		super(path + ": " + problem);
	}

}
