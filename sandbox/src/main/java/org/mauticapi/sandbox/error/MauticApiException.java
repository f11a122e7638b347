package org.mauticapi.sandbox.error;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.contract.MauticErrors;

/**
 * An error answer in Mautic's envelope: thrown anywhere in the sandbox, answered by
 * {@link SandboxErrorHandler}.
 */
public class MauticApiException extends RuntimeException {

	private final int status;

	private final transient ObjectNode body;

	private final boolean failsBatch;

	public MauticApiException(int status, ObjectNode body) {
		this(status, body, false);
	}

	private MauticApiException(int status, ObjectNode body, boolean failsBatch) {
		super(body.toString(), null, false, false);
		this.status = status;
		this.body = body;
		this.failsBatch = failsBatch;
	}

	/**
	 * This error, which a batch request does not answer per item but with Mautic's 500
	 * for the whole request (the items before it stay saved): in batch mode Mautic's
	 * error helpers return an array where the code expects a response, and the array goes
	 * on into a setter that takes none.
	 * @return the error, marked
	 */
	public MauticApiException failingBatch() {
		return new MauticApiException(this.status, this.body, true);
	}

	/**
	 * Whether a batch request fails as a whole on this error ({@link #failingBatch()}).
	 */
	public boolean failsBatch() {
		return this.failsBatch;
	}

	/** 404 "Item was not found." as Mautic's controllers answer a missing entity. */
	public static MauticApiException notFound() {
		return notFound("Item was not found.");
	}

	public static MauticApiException notFound(String message) {
		return new MauticApiException(404, MauticErrors.controller(404, message, List.of()));
	}

	/** 400 "This is a bad request." */
	public static MauticApiException badRequest() {
		return new MauticApiException(400, MauticErrors.controller(400, "This is a bad request.", List.of()));
	}

	/** 403 "You do not have access to the requested area/action." */
	public static MauticApiException forbidden() {
		return new MauticApiException(403,
				MauticErrors.controller(403, "You do not have access to the requested area/action.", List.of()));
	}

	/** Mautic's generic 500, for the client mistakes Mautic does not catch. */
	public static MauticApiException serverError() {
		return new MauticApiException(500, MauticErrors.serverError());
	}

	public int status() {
		return this.status;
	}

	public ObjectNode body() {
		return this.body;
	}

}
