package org.mauticapi.conformance.http;

/**
 * Which credentials a request carries: the run's, none at all, or deliberately wrong
 * ones.
 */
public enum Authentication {

	/** The run's credentials. */
	VALID,

	/** No {@code Authorization} header. */
	NONE,

	/**
	 * The run's user with a wrong password, or a bearer token the target never issued.
	 */
	WRONG

}
