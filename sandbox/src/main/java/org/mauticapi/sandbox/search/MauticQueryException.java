package org.mauticapi.sandbox.search;

/**
 * A list query Mautic answers with its generic 500 envelope (bad paging, unknown column
 * or direction, malformed {@code where}); the caller turns it into that envelope.
 */
public class MauticQueryException extends RuntimeException {

	public MauticQueryException(String message) {
		super(message, null, false, false);
	}

}
