package org.mauticapi.sandbox.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How Mautic reads, stores and shows a field value of each type: a select takes only its
 * listed values, a number only numbers, an email only addresses; booleans, dates and
 * multiselects are normalised. Stored values are String, Long, BigDecimal or Boolean.
 */
public final class FieldValues {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** A field's default {@code charLengthLimit}. */
	private static final int CHAR_LENGTH_LIMIT = 64;

	/** The types whose values are checked against {@code charLengthLimit}. */
	private static final Set<String> TEXT_LIMITED = Set.of("text", "lookup", "email", "tel", "url", "region", "select");

	private FieldValues() {
	}

	/** Thrown for a value Mautic's form refuses; the message is Mautic's. */
	public static final class InvalidValueException extends RuntimeException {

		public InvalidValueException(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * Reads a payload value for a field as Mautic stores it.
	 * @param field the field
	 * @param value the payload value
	 * @return the stored value, null for blank
	 * @throws InvalidValueException when Mautic's form refuses the value
	 */
	public static @Nullable Object read(FieldDefinition field, JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		String text = value.isArray() ? joinArray(value) : value.asString();
		if (text.isEmpty()) {
			return null;
		}
		checkLength(field.type(), text);
		return switch (field.type()) {
			case "number" -> number(text);
			case "boolean" -> bool(text);
			case "select" -> select(field, text);
			case "multiselect" -> multiselect(field, value, text);
			case "email" -> email(text);
			case "date" -> date(text);
			case "country" -> country(text);
			case "timezone" -> choice(FieldChoices.TIMEZONES, text);
			case "locale" -> choice(FieldChoices.LOCALES, text);
			case "region" -> choice(FieldChoices.REGIONS, text);
			default -> text;
		};
	}

	/**
	 * The lengths {@code EntityFieldsBuildFormTrait} allows: every field's
	 * {@code charLengthLimit}, 64 for the installed fields and by default, and for text
	 * and lookup fields a second limit of 191 that is reported instead when both are
	 * exceeded (probes of Mautic 5.1.0). Characters are counted, not bytes.
	 */
	private static void checkLength(String type, String text) {
		if (!TEXT_LIMITED.contains(type)) {
			return;
		}
		int length = text.codePointCount(0, text.length());
		int limit = (("text".equals(type) || "lookup".equals(type)) && length > 191) ? 191 : CHAR_LENGTH_LIMIT;
		if (length > limit) {
			throw new InvalidValueException("This value is too long. It should have " + limit + " characters or less.");
		}
	}

	/**
	 * The value as Mautic shows it in a contact read back from the database: booleans as
	 * 1/0.
	 * @param value the stored value
	 * @return the JSON value
	 */
	public static JsonNode loaded(@Nullable Object value) {
		if (value instanceof Boolean bool) {
			return JSON.numberNode(bool ? 1 : 0);
		}
		return plain(value);
	}

	/**
	 * The value as Mautic shows it in a contact it has just created: booleans as
	 * true/false.
	 * @param value the stored value
	 * @return the JSON value
	 */
	public static JsonNode plain(@Nullable Object value) {
		if (value == null) {
			return JSON.nullNode();
		}
		if (value instanceof Boolean bool) {
			return JSON.booleanNode(bool);
		}
		if (value instanceof Long number) {
			return JSON.numberNode(number);
		}
		if (value instanceof BigDecimal number) {
			return JSON.numberNode(number);
		}
		return JSON.stringNode(value.toString());
	}

	/**
	 * The {@code normalizedValue} Mautic shows beside a value: labels for selects and
	 * booleans, {@code ""} for null.
	 * @param field the field
	 * @param value the stored value
	 * @return the normalized value
	 */
	public static JsonNode normalized(FieldDefinition field, @Nullable Object value) {
		if (value == null) {
			return JSON.stringNode("");
		}
		return switch (field.type()) {
			case "boolean" ->
				JSON.stringNode(field.properties().path(Boolean.TRUE.equals(value) ? "yes" : "no").asString(""));
			case "select" -> JSON.stringNode(label(field, value.toString()));
			case "multiselect" -> {
				List<String> labels = new ArrayList<>();
				for (String part : value.toString().split("\\|")) {
					labels.add(label(field, part));
				}
				yield JSON.stringNode(String.join("|", labels));
			}
			default -> plain(value);
		};
	}

	private static String label(FieldDefinition field, String value) {
		for (JsonNode option : field.properties().path("list")) {
			if (option.path("value").asString("").equals(value)) {
				return option.path("label").asString(value);
			}
		}
		return value;
	}

	private static Object number(String text) {
		try {
			BigDecimal number = new BigDecimal(text.trim());
			return (number.stripTrailingZeros().scale() <= 0) ? (Object) number.longValueExact() : number;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new InvalidValueException("This value is not valid.");
		}
	}

	private static @Nullable Boolean bool(String text) {
		return switch (text.toLowerCase(java.util.Locale.ROOT)) {
			case "1", "true", "yes", "on" -> true;
			case "0", "false", "no", "off" -> false;
			default -> null;
		};
	}

	private static String select(FieldDefinition field, String text) {
		for (JsonNode option : field.properties().path("list")) {
			if (option.path("value").asString("").equals(text)) {
				return text;
			}
		}
		throw new InvalidValueException("This value is not valid.");
	}

	private static String multiselect(FieldDefinition field, JsonNode value, String text) {
		List<String> parts = new ArrayList<>(List.of(text.split("\\|")));
		for (String part : parts) {
			select(field, part);
		}
		return String.join("|", parts);
	}

	// Mautic's country field is a choice among the names of its countries.json
	// (FormFieldHelper::getCountryChoices).
	private static String choice(Set<String> choices, String text) {
		if (!choices.contains(text)) {
			throw new InvalidValueException("This value is not valid.");
		}
		return text;
	}

	private static String country(String text) {
		if (!Countries.NAMES.contains(text)) {
			throw new InvalidValueException("This value is not valid.");
		}
		return text;
	}

	private static String email(String text) {
		if (!EMAIL.matcher(text).matches()) {
			throw new InvalidValueException(text + " is invalid.");
		}
		return text;
	}

	// Mautic keeps a date it cannot parse out of the contact rather than refusing it
	// (recording 248).
	private static @Nullable String date(String text) {
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String joinArray(JsonNode array) {
		List<String> parts = new ArrayList<>();
		array.forEach((item) -> parts.add(item.asString()));
		return String.join("|", parts);
	}

}
