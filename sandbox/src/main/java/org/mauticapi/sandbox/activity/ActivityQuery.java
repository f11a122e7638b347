package org.mauticapi.sandbox.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.mauticapi.php.PhpCast;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpJson;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The timeline's parameters read as Mautic's
 * {@code LeadApiController::getAllActivityAction} and {@code LeadTimelineEvent} read
 * them, with the echoes the answer carries.
 *
 * @param filtersEcho {@code filters} as answered: the keys sent first, then the missing
 * defaults
 * @param search the search term ({@code ""} for none)
 * @param include the types to include (none: all)
 * @param exclude the types to exclude
 * @param from events at or after this time, if set
 * @param to events at or before this time, if set
 * @param orderEcho {@code order} as answered
 * @param orderColumn {@code order[0]}, if any
 * @param orderDirection {@code order[1]}, if any
 * @param page {@code (int) page}
 * @param limit {@code (int) limit}: events per page per type
 */
record ActivityQuery(ObjectNode filtersEcho, String search, List<String> include, List<String> exclude,
		@Nullable Instant from, @Nullable Instant to, JsonNode orderEcho, @Nullable String orderColumn,
		@Nullable String orderDirection, int page, int limit) {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/**
	 * Reads the raw query.
	 * @param query raw parameter names (PHP style) with their values
	 * @param clock the clock for relative dates
	 * @return the parameters
	 * @throws MauticActivityException where Mautic fails with a 500
	 */
	static ActivityQuery parse(Map<String, List<String>> query, Clock clock) {
		ObjectNode tree = PhpJson.variables(new PhpInputReader(PhpInputLimits.DEFAULTS).readPairs(query).values());
		ObjectNode filters = filters(tree.get("filters"));
		JsonNode order = tree.has("order") ? tree.get("order") : JSON.arrayNode().add("timestamp").add("DESC");
		if (!order.isContainer()) {
			// LeadTimelineEvent takes ?array $orderBy: a string is a TypeError
			throw new MauticActivityException("order must be an array");
		}
		return new ActivityQuery(filters, search(filters.get("search")), types(filters.get("includeEvents")),
				types(filters.get("excludeEvents")), date(filters.get("dateFrom"), clock),
				date(filters.get("dateTo"), clock), order.deepCopy(), element(order, 0), element(order, 1),
				number(tree.get("page"), 1), number(tree.get("limit"), 25));
	}

	/**
	 * Mautic's {@code LeadDetailsTrait::sanitizeEventFilter}: an array, completed with
	 * the defaults.
	 */
	private static ObjectNode filters(@Nullable JsonNode sent) {
		ObjectNode filters = JSON.objectNode();
		if (sent != null && sent.isObject()) {
			filters.setAll((ObjectNode) sent.deepCopy());
		}
		else if (sent != null && sent.isArray()) {
			for (int i = 0; i < sent.size(); i++) {
				filters.set(String.valueOf(i), sent.get(i).deepCopy());
			}
		}
		else if (sent != null) {
			// recording activity-contact-filters-not-array
			throw new MauticActivityException("filters parameter must be an array");
		}
		if (!filters.has("search")) {
			filters.put("search", "");
		}
		if (!filters.has("includeEvents")) {
			filters.putArray("includeEvents");
		}
		if (!filters.has("excludeEvents")) {
			filters.putArray("excludeEvents");
		}
		return filters;
	}

	private static String search(JsonNode search) {
		if (search.isContainer()) {
			if (search.isEmpty()) {
				return "";
			}
			// strtolower() of an array in LeadEventLogRepository::getEvents is a
			// TypeError
			throw new MauticActivityException("search must be a string");
		}
		return search.asString();
	}

	private static List<String> types(JsonNode types) {
		if (!types.isContainer()) {
			// in_array() on a string is a TypeError
			throw new MauticActivityException("event type filters must be arrays");
		}
		List<String> list = new ArrayList<>();
		types.values().forEach((type) -> list.add(type.asString()));
		return list;
	}

	private static @Nullable Instant date(@Nullable JsonNode date, Clock clock) {
		if (date == null || (date.isString() && PhpValues.isEmpty(date.asString()))) {
			return null;
		}
		if (!date.isString()) {
			throw new MauticActivityException("DateTime::__construct() expects a string");
		}
		// recording activity-contact-bad-date
		return PhpValues.toDateTime(date.asString(), clock);
	}

	private static @Nullable String element(JsonNode order, int index) {
		JsonNode value = order.isArray() ? order.get(index) : order.get(String.valueOf(index));
		return (value == null || value.isContainer()) ? null : value.asString();
	}

	private static int number(@Nullable JsonNode value, int fallback) {
		return (value == null) ? fallback : PhpCast.toInt32(value);
	}

	/** The echo of {@code filters}, detached from this query. */
	ObjectNode filtersCopy() {
		return this.filtersEcho.deepCopy();
	}

	/** The echo of {@code order}, detached from this query. */
	JsonNode orderCopy() {
		return this.orderEcho.deepCopy();
	}

	/** The first row of the requested page of each type: 0 on pages 1 and below. */
	long start() {
		return (this.page <= 1) ? 0 : ((long) this.page - 1) * this.limit;
	}

	/** Mautic tests the term with {@code empty()}, so {@code "0"} searches nothing. */
	boolean searching() {
		return !PhpValues.isEmpty(this.search);
	}

	/** Mautic's {@code LeadTimelineEvent::isApplicable}. */
	boolean applies(String type) {
		if (this.exclude.contains(type)) {
			return false;
		}
		return this.include.isEmpty() || this.include.contains(type);
	}

}
