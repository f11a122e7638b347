package org.mauticapi.sandbox.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the body of {@code GET /api/contacts/{id}/activity} and
 * {@code GET /api/contacts/activity} as Mautic 5.1.0's {@code LeadModel::getEngagements}
 * does: every event type is queried on its own (filtered, ordered, paged by
 * {@code page}/{@code limit}), the pages are merged in listener order and then sorted by
 * {@code order} (recordings {@code activity-contact-limit-1},
 * {@code activity-all-page-limit}). Stateless.
 */
public class ActivityPageBuilder {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Clock clock;

	public ActivityPageBuilder(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Builds the answer.
	 * @param events the events of one contact, or of all contacts
	 * @param query the raw query parameters ({@code filters[search]},
	 * {@code filters[includeEvents][]}, {@code filters[excludeEvents][]},
	 * {@code filters[dateFrom]}, {@code filters[dateTo]}, {@code order[0]},
	 * {@code order[1]}, {@code page}, {@code limit})
	 * @return the body
	 * @throws MauticActivityException where Mautic answers its generic 500
	 */
	public ObjectNode build(List<ActivityEvent> events, Map<String, List<String>> query) {
		ActivityQuery request = ActivityQuery.parse(query, this.clock);
		if (request.limit() < 0 && ActivityEventTypes.LABELS.keySet().stream().anyMatch(request::applies)) {
			// each type's query gets LIMIT -n: a SQL error
			throw new MauticActivityException("negative limit");
		}
		Comparator<ActivityEvent> queryOrder = queryOrder(request);
		Map<String, Integer> totals = new LinkedHashMap<>();
		List<ActivityEvent> merged = new ArrayList<>();
		for (String type : listenerOrder(events)) {
			if (!request.applies(type)
					|| (request.searching() && ActivityEventTypes.SKIPPED_BY_SEARCH.contains(type))) {
				continue;
			}
			List<ActivityEvent> matching = events.stream()
				.filter((event) -> event.type().equals(type) && matches(event, request))
				.sorted(queryOrder)
				.toList();
			totals.put(type, matching.size());
			List<ActivityEvent> page = page(matching, request);
			if (page.stream().anyMatch((event) -> !event.renderable())) {
				// recording activity-contact-with-unknown-dnc-reason:
				// DncReasonHelper::toText throws
				throw new MauticActivityException("Unknown DNC reason ID");
			}
			merged.addAll(page);
		}
		sort(merged, request);
		return body(merged, totals, request);
	}

	/** Our types in Mautic's listener order, then any other type the events carry. */
	private static Set<String> listenerOrder(List<ActivityEvent> events) {
		Set<String> types = new LinkedHashSet<>(ActivityEventTypes.LISTENER_ORDER);
		events.forEach((event) -> types.add(event.type()));
		return types;
	}

	private static boolean matches(ActivityEvent event, ActivityQuery request) {
		Instant at = event.timestamp();
		if (request.from() != null && at.isBefore(request.from())) {
			return false;
		}
		if (request.to() != null && at.isAfter(request.to())) {
			return false;
		}
		if (!request.searching()) {
			return true;
		}
		Pattern like = like(request.search());
		return event.searchColumns().stream().anyMatch((column) -> like.matcher(column).matches());
	}

	/**
	 * SQL's {@code LIKE '%term%'} in MySQL's case-insensitive collation; {@code %} and
	 * {@code _} stay wildcards.
	 */
	private static Pattern like(String term) {
		StringBuilder regex = new StringBuilder(".*");
		for (char character : term.toCharArray()) {
			switch (character) {
				case '%' -> regex.append(".*");
				case '_' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(character)));
			}
		}
		return Pattern.compile(regex.append(".*").toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
	}

	/**
	 * The order of one type's query: {@code eventLabel} sorts by the type's name column,
	 * anything else by timestamp; ties by row id ascending (recordings
	 * {@code activity-contact-default}, {@code activity-contact-page-2},
	 * {@code activity-all-page-limit}). With {@code limit=1} MariaDB reads the rows
	 * through the date index instead, so ties follow the direction (recording
	 * {@code activity-contact-limit-1} returned the later of two segment joins of the
	 * same second).
	 */
	private static Comparator<ActivityEvent> queryOrder(ActivityQuery request) {
		Comparator<ActivityEvent> column = "eventLabel".equals(request.orderColumn())
				? Comparator.comparing(ActivityEvent::nameColumn, String.CASE_INSENSITIVE_ORDER)
				: Comparator.comparing(ActivityEvent::timestamp);
		Comparator<ActivityEvent> ties = Comparator.comparingLong(ActivityEvent::id);
		String direction = request.orderDirection();
		if (direction != null && !direction.isEmpty() && !direction.equalsIgnoreCase("ASC")) {
			if (!direction.equalsIgnoreCase("DESC")) {
				// the direction goes into the SQL as it is
				throw new MauticActivityException("invalid order direction");
			}
			column = column.reversed();
			ties = (request.limit() == 1) ? ties.reversed() : ties;
		}
		return column.thenComparing(ties);
	}

	/**
	 * Rows {@code start} to {@code start + limit} of one type; a limit of 0 means no
	 * LIMIT.
	 */
	private static List<ActivityEvent> page(List<ActivityEvent> matching, ActivityQuery request) {
		if (request.limit() == 0) {
			return matching;
		}
		long start = request.start();
		if (start >= matching.size()) {
			return List.of();
		}
		return matching.subList((int) start, (int) Math.min(matching.size(), start + request.limit()));
	}

	/**
	 * {@code LeadTimelineEvent::getEvents}: a stable sort by timestamp or by label (PHP's
	 * {@code strnatcmp}), any other column leaves the merged order; only the exact
	 * {@code DESC} reverses (recording {@code activity-contact-order-asc}).
	 */
	private static void sort(List<ActivityEvent> merged, ActivityQuery request) {
		if (request.orderEcho().isEmpty()) {
			return;
		}
		if ("eventLabel".equals(request.orderColumn())) {
			merged.sort(Comparator.comparing(ActivityPageBuilder::label, NaturalOrder.INSTANCE));
		}
		else if ("timestamp".equals(request.orderColumn())) {
			merged.sort(Comparator.comparing(ActivityEvent::timestamp));
		}
		if ("DESC".equals(request.orderDirection())) {
			Collections.reverse(merged);
		}
	}

	private static String label(ActivityEvent event) {
		JsonNode label = event.body().get("eventLabel");
		if (label == null) {
			return "";
		}
		return label.isObject() ? label.path("label").asString("") : label.asString();
	}

	private static ObjectNode body(List<ActivityEvent> merged, Map<String, Integer> totals, ActivityQuery request) {
		ObjectNode body = JSON.objectNode();
		ArrayNode list = body.putArray("events");
		merged.forEach((event) -> list.add(event.body().deepCopy()));
		body.set("filters", request.filtersCopy());
		body.set("order", request.orderCopy());
		ObjectNode types = body.putObject("types");
		ActivityEventTypes.LABELS.forEach(types::put);
		body.put("total", totals.values().stream().mapToInt(Integer::intValue).sum());
		body.put("page", request.page());
		body.put("limit", request.limit());
		Number maxPages = maxPages(totals, request.limit());
		if (maxPages instanceof Double pages) {
			body.put("maxPages", pages.doubleValue());
		}
		else {
			body.put("maxPages", maxPages.intValue());
		}
		return body;
	}

	/**
	 * {@code LeadTimelineEvent::getMaxPage}: the page count of the largest type as a
	 * float ({@code ceil}), the integer 1 when no type has events (recording
	 * {@code activity-contact-date-future}); a limit of 0 divides by zero.
	 */
	private static Number maxPages(Map<String, Integer> totals, int limit) {
		int largest = totals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (largest == 0) {
			return 1;
		}
		if (limit == 0) {
			throw new MauticActivityException("Division by zero");
		}
		return Math.ceil((double) largest / limit);
	}

}
