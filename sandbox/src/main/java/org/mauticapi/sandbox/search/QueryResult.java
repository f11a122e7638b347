package org.mauticapi.sandbox.search;

import java.util.List;

/**
 * What a list query selected: how many items matched before paging, and the requested
 * page in order.
 *
 * @param <T> the item type
 * @param total the number of matching items, whatever the page
 * @param page the items of the requested page, in the requested order
 */
public record QueryResult<T>(long total, List<T> page) {

	public QueryResult {
		page = List.copyOf(page);
	}

}
