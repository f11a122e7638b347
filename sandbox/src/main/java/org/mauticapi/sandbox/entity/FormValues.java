package org.mauticapi.sandbox.entity;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a payload the way Mautic's Symfony forms bind it. A form submitted for a new entity, or with PUT, binds
 * every field, so a field not sent becomes empty (null text, an unticked yes/no); a PATCH binds only what is sent.
 */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * Whether the form binds this field: it is sent, or the form clears what is not sent.
	 * @param payload the payload
	 * @param key the field
	 * @param clearMissing whether the form clears fields not sent (new entities and PUT)
	 * @return whether the field takes a value from this payload
	 */
	public static boolean binds(JsonNode payload, String key, boolean clearMissing) {
		return clearMissing || payload.has(key);
	}

	/**
	 * A text field's value: null when not sent or empty, as a text form field gives it.
	 * @param payload the payload
	 * @param key the field
	 * @return the text, or null
	 */
	public static @Nullable String text(JsonNode payload, String key) {
		JsonNode value = payload.get(key);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString();
		return text.isEmpty() ? null : text;
	}

	/**
	 * A yes/no field's value, as Mautic's {@code YesNoButtonGroupType} binds it: not sent is no.
	 * @param payload the payload
	 * @param key the field
	 * @return the value
	 */
	public static boolean bool(JsonNode payload, String key) {
		JsonNode value = payload.get(key);
		if (value == null || value.isNull()) {
			return false;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		String text = value.asString("").trim().toLowerCase(java.util.Locale.ROOT);
		return !text.isEmpty() && !text.equals("0") && !text.equals("false") && !text.equals("no");
	}

}
