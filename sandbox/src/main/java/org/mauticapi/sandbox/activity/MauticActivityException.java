package org.mauticapi.sandbox.activity;

/**
 * A timeline request Mautic does not survive: it answers its generic 500 envelope
 * (recordings {@code activity-contact-filters-not-array},
 * {@code activity-contact-bad-date}, {@code activity-contact-with-unknown-dnc-reason});
 * the caller turns this into that answer.
 */
public class MauticActivityException extends RuntimeException {

	public MauticActivityException(String message) {
		super(message, null, false, false);
	}

}
