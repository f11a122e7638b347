package org.mauticapi.sandbox.contact;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityIds;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import tools.jackson.databind.JsonNode;

/**
 * The contact an entity's payload names ({@code lead}, or {@code contact}), checked as
 * the API controllers' {@code
 * preSaveEntity} checks it after the form: a new entity must name one
 * ({@code "lead ID is mandatory"}), and one that does not exist is 404
 * {@code "Contact not found."}; an edit may leave it out.
 */
public final class LeadReference {

	private LeadReference() {
	}

	/**
	 * The contact a payload names.
	 * @param contacts the contacts
	 * @param value the payload's {@code lead} value, or null
	 * @param isNew whether the entity is new
	 * @param mandatoryMessage the message when a new entity names none
	 * @return the contact, or null when an edit names none
	 */
	public static @Nullable Contact of(ContactStore contacts, @Nullable JsonNode value, boolean isNew,
			String mandatoryMessage) {
		if (value == null || value.isNull() || value.isContainer() && value.isEmpty() || isEmptyText(value)) {
			if (isNew) {
				throw new MauticApiException(400, MauticErrors.controller(400, mandatoryMessage, java.util.List.of()));
			}
			return null;
		}
		// LeadAccessTrait::checkLeadAccess casts the value with (int).
		long id = value.isContainer() ? 1 : EntityIds.parse(value.asString()).orElse(0L);
		// In a batch, checkLeadAccess's error is an array that preSaveEntity hands to
		// setLead: 500 (100-fresh
		// notes-params).
		return contacts.find(id).orElseThrow(() -> MauticApiException.notFound("Contact not found.").failingBatch());
	}

	private static boolean isEmptyText(JsonNode value) {
		String text = value.asString("");
		return value.isValueNode() && (text.isEmpty() || text.equals("0"));
	}

}
