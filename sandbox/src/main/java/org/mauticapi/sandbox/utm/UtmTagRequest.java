package org.mauticapi.sandbox.utm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpJson;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.error.MauticApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /contacts/{id}/utm/add} read as Mautic's
 * {@code LeadModel::addUTMTags} reads it: the table's column names ({@code utm_source},
 * {@code user_agent}, ...) plus the synonyms {@code useragent} and {@code remotehost}
 * (the documented {@code Useragent} is not one, recording 052), {@code query} as an
 * object or a query string, and {@code lastActive} as the set's date.
 *
 * @param columns the set by column name, null values left out ({@code query} only when
 * not empty)
 * @param userAgent the {@code useragent} key, which alone makes Mautic create a device
 * @param lastActive the {@code lastActive} key, parsed
 */
record UtmTagRequest(ObjectNode columns, @Nullable String userAgent, @Nullable Instant lastActive) {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<String> TEXT_COLUMNS = List.of("referer", "remote_host", "url", "user_agent",
			"utm_campaign", "utm_content", "utm_medium", "utm_source", "utm_term");

	private static final Map<String, String> SYNONYMS = Map.of("useragent", "user_agent", "remotehost", "remote_host");

	/**
	 * The columns whose values count as a change of the contact (Mautic's
	 * {@code Lead::isChanged('utmtags')}).
	 */
	private static final List<String> TRACKED_COLUMNS = List.of("utm_campaign", "utm_content", "utm_medium",
			"utm_source", "utm_term");

	static UtmTagRequest read(JsonNode body) {
		ObjectNode columns = JSON.objectNode();
		JsonNode query = query(body.get("query"));
		if (query != null) {
			columns.set("query", query);
		}
		for (String column : TEXT_COLUMNS) {
			JsonNode value = body.get(column);
			if (value == null || value.isNull()) {
				value = synonym(body, column);
			}
			if (value != null && !value.isNull()) {
				columns.put(column, value.asString(""));
			}
		}
		JsonNode userAgent = body.get("useragent");
		String agent = (userAgent != null && userAgent.isValueNode() && !userAgent.asString("").isEmpty())
				? userAgent.asString() : null;
		JsonNode lastActive = body.get("lastActive");
		String active = (lastActive != null && lastActive.isValueNode()) ? lastActive.asString("") : "";
		return new UtmTagRequest(columns, agent, active.isEmpty() ? null : date(active));
	}

	/**
	 * Whether Mautic sees the contact as changed by this set, and so saves a new
	 * modification date (recording 054).
	 */
	boolean changesContact() {
		return this.lastActive != null || TRACKED_COLUMNS.stream().anyMatch((column) -> !text(column).isEmpty());
	}

	Contact.UtmTag toTag(long id, Instant dateAdded) {
		JsonNode query = this.columns.get("query");
		return new Contact.UtmTag(id, (query != null) ? query.deepCopy() : JSON.arrayNode(), nullable("referer"),
				nullable("remote_host"), nullable("url"), nullable("user_agent"), nullable("utm_campaign"),
				nullable("utm_content"), nullable("utm_medium"), nullable("utm_source"), nullable("utm_term"),
				dateAdded);
	}

	private String text(String column) {
		JsonNode value = this.columns.get(column);
		return (value != null) ? value.asString() : "";
	}

	private @Nullable String nullable(String column) {
		JsonNode value = this.columns.get(column);
		return (value != null) ? value.asString() : null;
	}

	private static @Nullable JsonNode synonym(JsonNode body, String column) {
		return SYNONYMS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(column))
			.map((entry) -> body.get(entry.getKey()))
			.filter((value) -> value != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * An array or object is kept; anything else is a query string, parsed as PHP's
	 * {@code parse_str} does.
	 */
	private static @Nullable JsonNode query(@Nullable JsonNode query) {
		if (query == null || query.isNull()) {
			return null;
		}
		if (query.isContainer()) {
			return query.isEmpty() ? null : query.deepCopy();
		}
		// Mautic's UtmTagsAdded reads the string with parse_str.
		JsonNode parsed = PhpJson
			.toJson(new PhpInputReader(PhpInputLimits.DEFAULTS).readQuery(query.asString("")).values());
		return parsed.isEmpty() ? null : parsed;
	}

	/**
	 * Mautic builds {@code new \DateTime($lastActive)}, which throws (500) for text it
	 * cannot parse.
	 */
	private static Instant date(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.replace(' ', 'T'))
					.toInstant(ZoneOffset.UTC)
					.truncatedTo(ChronoUnit.SECONDS);
			}
			catch (DateTimeParseException again) {
				throw MauticApiException.serverError();
			}
		}
	}

}
