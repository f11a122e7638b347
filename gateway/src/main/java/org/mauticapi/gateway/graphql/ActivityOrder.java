package org.mauticapi.gateway.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The total order of activity events that makes their pages complete and stable. Mautic
 * applies the page and limit to each event type, merges the types and sorts by time, and
 * events stamped in the same second keep no stable order: so the first page of 5 and of
 * 10 disagree, and later pages repeat and skip events. The gateway orders the merged
 * events newest first, then by type, then by the log id in the event id
 * ({@code point.gained18}), newest first, and only cuts a page from the part of the
 * merged list that no type's limit can have cut short.
 */
final class ActivityOrder {

	private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

	static final Comparator<Object> NEWEST_FIRST = Comparator
		.comparing(ActivityOrder::instant, Comparator.reverseOrder())
		.thenComparing((event) -> text(event, "event"))
		.thenComparing(ActivityOrder::logId, Comparator.reverseOrder())
		.thenComparing((event) -> text(event, "eventId"));

	private ActivityOrder() {
	}

	static List<Object> ordered(List<Object> events) {
		List<Object> ordered = new ArrayList<>(events);
		ordered.sort(NEWEST_FIRST);
		return ordered;
	}

	/**
	 * How many of the ordered events are certainly the first of the whole list: a type
	 * that answered as many events as the limit may have more at or before the time of
	 * its last one, so only the events strictly newer than the newest such cut are
	 * certain.
	 * @param ordered the merged events, in {@link #NEWEST_FIRST} order
	 * @param limit the limit each type was given
	 * @return the length of the certain prefix
	 */
	static int certain(List<Object> ordered, int limit) {
		Map<String, Integer> perType = new HashMap<>();
		Map<String, Instant> oldestPerType = new HashMap<>();
		for (Object event : ordered) {
			String type = text(event, "event");
			perType.merge(type, 1, Integer::sum);
			oldestPerType.put(type, instant(event));
		}
		Instant cut = null;
		for (Map.Entry<String, Integer> type : perType.entrySet()) {
			Instant oldest = oldestPerType.get(type.getKey());
			if (type.getValue() >= limit && (cut == null || oldest.isAfter(cut))) {
				cut = oldest;
			}
		}
		if (cut == null) {
			return ordered.size();
		}
		int certain = 0;
		while (certain < ordered.size() && instant(ordered.get(certain)).isAfter(cut)) {
			certain++;
		}
		return certain;
	}

	private static Instant instant(Object event) {
		try {
			return OffsetDateTime.parse(Scalars.isoDateTime(text(event, "timestamp"))).toInstant();
		}
		catch (DateTimeParseException | IllegalArgumentException unreadable) {
			return Instant.MIN;
		}
	}

	private static long logId(Object event) {
		Matcher number = TRAILING_NUMBER.matcher(text(event, "eventId"));
		return number.matches() && number.group(2).length() < 18 ? Long.parseLong(number.group(2)) : -1;
	}

	private static String text(@Nullable Object event, String key) {
		Object value = (event instanceof Map<?, ?> object) ? object.get(key) : null;
		return (value != null) ? String.valueOf(value) : "";
	}

}
