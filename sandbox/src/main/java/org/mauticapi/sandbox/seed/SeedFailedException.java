package org.mauticapi.sandbox.seed;

import org.jspecify.annotations.Nullable;

/**
 * A seed script entry that the target did not accept (a non-2xx answer) or could not be
 * sent; the message names the entry (index, method, path), the status and Mautic's error
 * message, so that the script's author can fix it.
 */
public class SeedFailedException extends RuntimeException {

	private final int index;

	private final SeedRequest request;

	private final @Nullable Integer status;

	public SeedFailedException(int index, SeedRequest request, int status, String errorMessage) {
		super("Seed entry [" + index + "] " + request + " answered " + status + ": " + errorMessage);
		this.index = index;
		this.request = request;
		this.status = status;
	}

	public SeedFailedException(int index, SeedRequest request, Throwable cause) {
		super("Seed entry [" + index + "] " + request + " could not be sent: " + cause.getMessage(), cause);
		this.index = index;
		this.request = request;
		this.status = null;
	}

	/**
	 * The position of the failed entry in the script, from 0.
	 * @return the index
	 */
	public int index() {
		return this.index;
	}

	/**
	 * The failed entry.
	 * @return the request
	 */
	public SeedRequest request() {
		return this.request;
	}

	/**
	 * The HTTP status of the answer.
	 * @return the status, or null when no answer came
	 */
	public @Nullable Integer status() {
		return this.status;
	}

}
