package org.mauticapi.contract;

/**
 * One way a request breaks the contract: which parameter (as the client wrote it, e.g.
 * {@code limit}, {@code where[0][expr]}, or a body field such as {@code email} or
 * {@code filters[0][operator]}) and why.
 *
 * @param parameter the offending parameter or body field; {@code body} for the body as a
 * whole
 * @param message what is wrong with it
 */
public record RequestViolation(String parameter, String message) {

	@Override
	public String toString() {
		return this.parameter + ": " + this.message;
	}

}
