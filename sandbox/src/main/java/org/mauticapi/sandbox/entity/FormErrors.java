package org.mauticapi.sandbox.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;

/**
 * Collects a form's errors per field, in the order the form checks them, and raises
 * Mautic's 400 answer for them ({@code "name: A name is required."} with the messages per
 * field in {@code details}).
 */
public final class FormErrors {

	/**
	 * {@code mautic.core.name.required}, the {@code NotBlank} message of the entities'
	 * names.
	 */
	public static final String NAME_REQUIRED = "A name is required.";

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	public FormErrors add(String field, String message) {
		this.errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/**
	 * Raises the form's answer when it has errors.
	 * @throws MauticApiException 400 with the errors
	 */
	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new MauticApiException(400, MauticErrors.validation(400, this.errors));
		}
	}

}
