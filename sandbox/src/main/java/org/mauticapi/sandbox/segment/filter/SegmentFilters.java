package org.mauticapi.sandbox.segment.filter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Decides whether a contact belongs to a segment by the segment's filters, as Mautic's
 * segment rebuild does, so that the sandbox can rebuild filter memberships without a
 * database. Stateless and thread-safe.
 */
public final class SegmentFilters {

	/**
	 * Whether the contact meets the filters. Mautic's query builder keeps
	 * {@code and}-joined filters together and starts a new group at each {@code or}
	 * ({@code QueryBuilder::addLogic}), so {@code A and B or C and D} means
	 * {@code (A and B) or (C and D)}; the first filter's glue does not matter. A segment
	 * without filters matches nobody: its members are only those added by hand.
	 * @param filters the segment's {@code filters} as stored (an array of filter objects)
	 * @param contact the contact
	 * @param clock the current time, for relative dates such as {@code today} or
	 * {@code -1 week}; its zone stands for Mautic's default timezone
	 * @return true when the contact belongs to the segment by its filters
	 */
	public boolean matches(JsonNode filters, FilterableContact contact, Clock clock) {
		return groups(filters).stream()
			.anyMatch((group) -> group.stream().allMatch((filter) -> FilterConditions.matches(filter, contact, clock)));
	}

	private static List<List<SegmentFilter>> groups(JsonNode filters) {
		List<List<SegmentFilter>> groups = new ArrayList<>();
		if (!filters.isArray() && !filters.isObject()) {
			return groups;
		}
		for (JsonNode node : filters.values()) {
			SegmentFilter filter = SegmentFilter.of(node);
			if (groups.isEmpty() || filter.startsGroup()) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(filter);
		}
		return groups;
	}

}
