package org.mauticapi.sandbox.field;

import java.util.List;

import org.mauticapi.sandbox.entity.FormValues;
import tools.jackson.databind.JsonNode;

/**
 * The yes/no settings of a field, as {@code LeadField} keeps them and {@code FieldType}
 * binds them: a new field takes the entity's defaults for those not sent, an edit changes
 * those sent (probes of Mautic 5.1.0, 98-fresh event-registration-flow). The API also
 * reads {@code isUniqueIdentifier} for the form's misspelt {@code isUniqueIdentifer}
 * ({@code FieldApiController::prepareParametersForBinding}).
 *
 * @param required whether contacts (or companies) must have a value
 * @param listable whether lists may show it
 * @param visible whether forms show it
 * @param shortVisible whether short forms show it
 * @param uniqueIdentifier whether it identifies a contact
 * @param publiclyUpdatable whether public forms may change it
 */
public record FieldFlags(boolean required, boolean listable, boolean visible, boolean shortVisible,
		boolean uniqueIdentifier, boolean publiclyUpdatable) {

	/** A new field's settings: {@code LeadField}'s defaults. */
	public static final FieldFlags NEW = new FieldFlags(false, true, true, true, false, false);

	/** The installed fields shown in short lists. */
	private static final List<String> SHORT_VISIBLE = List.of("firstname", "lastname", "email");

	/**
	 * An installed field's settings, as Mautic 5.1.0 installs them.
	 * @param alias the field's alias
	 * @return its settings
	 */
	public static FieldFlags installed(String alias) {
		boolean companyName = "companyname".equals(alias);
		return new FieldFlags(companyName, true, true, SHORT_VISIBLE.contains(alias),
				companyName || "email".equals(alias), false);
	}

	/**
	 * These settings with those the payload sends.
	 * @param payload the payload
	 * @return the settings
	 */
	public FieldFlags with(JsonNode payload) {
		String unique = payload.has("isUniqueIdentifier") ? "isUniqueIdentifier" : "isUniqueIdentifer";
		return new FieldFlags(flag(payload, "isRequired", this.required), flag(payload, "isListable", this.listable),
				flag(payload, "isVisible", this.visible), flag(payload, "isShortVisible", this.shortVisible),
				flag(payload, unique, this.uniqueIdentifier),
				flag(payload, "isPubliclyUpdatable", this.publiclyUpdatable));
	}

	private static boolean flag(JsonNode payload, String key, boolean current) {
		return payload.has(key) ? FormValues.bool(payload, key) : current;
	}

}
