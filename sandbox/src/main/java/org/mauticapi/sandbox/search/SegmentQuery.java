package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The segment list query of {@code GET /api/segments}: which segments match
 * {@code search}, {@code where[]} and {@code published=1}, in which order (default
 * {@code name ASC}), and which page. Immutable and thread-safe.
 */
public final class SegmentQuery {

	private static final List<Ordering.Term> DEFAULT_ORDER = List.of(new Ordering.Term("name", false));

	private final QueryParameters parameters;

	private SegmentQuery(QueryParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Reads the request's raw query parameters.
	 * @param query the parameters as sent
	 * @return the query
	 */
	public static SegmentQuery parse(Map<String, List<String>> query) {
		return new SegmentQuery(QueryParameters.of(query));
	}

	/**
	 * Selects, orders and pages the segments.
	 * @param <T> the store's segment type
	 * @param segments every segment
	 * @param currentUserId the API user's id ({@code is:mine})
	 * @return the total and the page
	 * @throws MauticQueryException for what Mautic answers with a 500
	 */
	public <T extends SearchableSegment> QueryResult<T> run(List<T> segments, long currentUserId) {
		SegmentColumns columns = new SegmentColumns();
		// The ORM query is fully built (paging, ORDER BY) before anything runs, so its
		// errors come first.
		Paging paging = Paging.from(this.parameters);
		Comparator<SearchableSegment> order = Ordering.from(this.parameters, columns, DEFAULT_ORDER,
				SearchableSegment::id);
		List<Condition<SearchableSegment>> conditions = new ArrayList<>(
				WhereClauses.compile(this.parameters.node("where"), columns));
		if (isPublishedOnly()) {
			// Recording 358: the code reads published=1 (the documented publishedOnly is
			// ignored).
			conditions.add((segment) -> Truth.of(segment.isPublished()));
		}
		String search = this.parameters.scalar("search");
		if (!QueryParameters.isEmpty(search)) {
			Condition<SearchableSegment> searched = SegmentSearch.compile(search, currentUserId);
			if (searched != null) {
				conditions.add(searched);
			}
		}
		Condition<SearchableSegment> condition = Condition.all(conditions);
		List<T> matching = new ArrayList<>(
				segments.stream().filter((segment) -> condition.test(segment) == Truth.TRUE).toList());
		matching.sort(order);
		return new QueryResult<>(matching.size(), paging.page(matching));
	}

	/**
	 * PHP truthiness of {@code $request->get('published')}: a non-empty array counts too.
	 */
	private boolean isPublishedOnly() {
		JsonNode published = this.parameters.node("published");
		if (published == null) {
			return false;
		}
		return published.isContainer() ? !published.isEmpty() : !QueryParameters.isEmpty(published.asString());
	}

}
