package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The contact list query of {@code GET /api/contacts}: which contacts match
 * {@code search} and {@code where[]}, in which order ({@code orderBy}/{@code orderByDir},
 * {@code order[]}, else {@code last_active DESC}), and which page
 * ({@code start}/{@code limit}). Immutable and thread-safe.
 */
public final class ContactQuery {

	private static final List<Ordering.Term> DEFAULT_ORDER = List.of(new Ordering.Term("last_active", true));

	private final QueryParameters parameters;

	private ContactQuery(QueryParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * Reads the request's raw query parameters.
	 * @param query the parameters as sent, e.g. {@code where[0][col]} with its values
	 * @return the query
	 */
	public static ContactQuery parse(Map<String, List<String>> query) {
		return new ContactQuery(QueryParameters.of(query));
	}

	/**
	 * Selects, orders and pages the contacts.
	 * @param <T> the store's contact type
	 * @param contacts every contact
	 * @param fields the published contact fields
	 * @param currentUserId the API user's id ({@code is:mine})
	 * @return the total and the page
	 * @throws MauticQueryException for what Mautic answers with a 500
	 */
	public <T extends SearchableContact> QueryResult<T> run(List<T> contacts, ContactFieldCatalog fields,
			long currentUserId) {
		ContactColumns columns = new ContactColumns(fields);
		List<Condition<SearchableContact>> conditions = new ArrayList<>(
				WhereClauses.compile(this.parameters.node("where"), columns));
		String search = this.parameters.scalar("search");
		if (!QueryParameters.isEmpty(search)) {
			Condition<SearchableContact> searched = ContactSearch.compile(search, fields, currentUserId);
			if (searched != null) {
				conditions.add(searched);
			}
		}
		// published=1 asks for is_published = 1, which every contact is.
		Condition<SearchableContact> condition = Condition.all(conditions);
		List<T> matching = new ArrayList<>(
				contacts.stream().filter((contact) -> condition.test(contact) == Truth.TRUE).toList());
		if (matching.isEmpty()) {
			// CustomFieldRepositoryTrait::getEntitiesWithCustomFields skips the page
			// query (and with it every
			// ORDER BY and LIMIT error) when the count is 0.
			return new QueryResult<>(0, List.of());
		}
		Comparator<SearchableContact> order = Ordering.from(this.parameters, columns, DEFAULT_ORDER,
				SearchableContact::id);
		Paging paging = Paging.from(this.parameters);
		matching.sort(order);
		return new QueryResult<>(matching.size(), paging.page(matching));
	}

}
