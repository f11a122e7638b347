package org.mauticapi.sandbox.entity;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a payload the way Mautic's Symfony forms bind it. A form submitted for a new
 * entity, or with PUT, binds every field, so a field not sent becomes empty (null text,
 * an unticked yes/no); a PATCH binds only what is sent.
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
	 * A sent value as the form binds it onto a property that shows {@code shown}: a
	 * boolean stays a boolean, a number a number when the text is one, empty text is
	 * null.
	 * @param shown the property's current JSON value
	 * @param sent the sent value
	 * @return the bound value
	 */
	public static JsonNode bound(JsonNode shown, JsonNode sent) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		String text = sent.isNull() ? "" : sent.asString();
		if (shown.isBoolean()) {
			return json.booleanNode(bool(json.objectNode().set("value", sent), "value"));
		}
		if (text.isEmpty()) {
			return json.nullNode();
		}
		if (shown.isNumber() && text.matches("-?\\d{1,18}")) {
			return json.numberNode(Long.parseLong(text));
		}
		return json.stringNode(text);
	}

	/**
	 * A yes/no field's value, as Mautic's {@code YesNoButtonGroupType} binds it: not sent
	 * is no.
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
