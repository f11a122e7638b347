package org.mauticapi.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.mauticapi.gateway.graphql.schema.FieldBinding.Paging;

/**
 * A Relay page ({@code first}, {@code after}) over Mautic's offset paging. A cursor is
 * the item's offset, opaque to clients.
 *
 * @param offset the offset of the page's first item
 * @param first the page size
 * @param fetch with {@code page-limit} paging, the limit each event type is asked for (at
 * least offset + first)
 */
record Page(int offset, int first, int fetch) {

	Page(int offset, int first) {
		this(offset, first, offset + first);
	}

	/** The same page, asking each type for more. */
	Page fetching(int limit) {
		return new Page(this.offset, this.first, limit);
	}

	private static final String CURSOR_PREFIX = "offset:";

	/**
	 * The page a field asks for.
	 * @throws InputRefusedException naming {@code first} or {@code after} and what is
	 * wrong with it
	 */
	static Page requested(@Nullable Integer first, @Nullable String after, int maxPageSize) {
		if (first == null || first < 1) {
			throw new InputRefusedException("first", ((first == null) ? "null" : first.toString())
					+ " is not a page size; ask for 1 to " + maxPageSize + " items");
		}
		if (first > maxPageSize) {
			throw new InputRefusedException("first", first + " is more than the " + maxPageSize
					+ " items a page holds here (mautic.graphql.max-page-size)");
		}
		if (after == null) {
			return new Page(0, first);
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int offset = decoded.startsWith(CURSOR_PREFIX) ? Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()))
					: -1;
			if (offset >= 0) {
				return new Page(offset + 1, first);
			}
		}
		catch (IllegalArgumentException notACursor) {
			// Refused below.
		}
		throw new InputRefusedException("after", "\"" + after + "\" is not a cursor of this connection; pass a "
				+ "pageInfo.endCursor or an edge's cursor it gave");
	}

	// Mautic's activity applies page and limit per event type, so the gateway asks for
	// the first offset + first
	// (or more, see ActivityOrder) events of every type and cuts the merged list.
	Map<String, String> parameters(Paging paging) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (paging == Paging.START_LIMIT) {
			parameters.put("start", Integer.toString(this.offset));
			parameters.put("limit", Integer.toString(this.first));
		}
		else {
			parameters.put("page", "1");
			parameters.put("limit", Integer.toString(this.fetch));
		}
		return parameters;
	}

	Map<String, Object> connection(List<Object> items, int totalCount, Paging paging) {
		List<Object> nodes = items;
		if (paging == Paging.PAGE_LIMIT) {
			List<Object> ordered = ActivityOrder.ordered(items);
			nodes = ordered.subList(Math.min(this.offset, ordered.size()),
					Math.min(this.offset + this.first, ordered.size()));
		}
		List<Object> edges = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			edges.add(Map.of("cursor", cursor(this.offset + i), "node", nodes.get(i)));
		}
		Map<String, Object> pageInfo = new LinkedHashMap<>();
		pageInfo.put("hasNextPage", this.offset + nodes.size() < totalCount);
		pageInfo.put("hasPreviousPage", this.offset > 0);
		pageInfo.put("startCursor", nodes.isEmpty() ? null : cursor(this.offset));
		pageInfo.put("endCursor", nodes.isEmpty() ? null : cursor(this.offset + nodes.size() - 1));
		Map<String, Object> connection = new LinkedHashMap<>();
		connection.put("totalCount", totalCount);
		connection.put("nodes", nodes);
		connection.put("edges", edges);
		connection.put("pageInfo", pageInfo);
		return connection;
	}

	static String cursor(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

}
