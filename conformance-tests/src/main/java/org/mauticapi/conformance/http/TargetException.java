package org.mauticapi.conformance.http;

/** The target cannot be used at all: unreachable, or it refuses the kit's credentials. */
public class TargetException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public TargetException(String message) {
		super(message);
	}

	public TargetException(String message, Throwable cause) {
		super(message, cause);
	}

}
