package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A table Mautic's contact search joins for a command
 * ({@code LeadRepository::applySearchQueryRelationship}): each row of it holds one value
 * per column the commands test.
 */
enum ContactRelation {

	/** {@code lead_tags_xref} + {@code lead_tags}: {@code tag:}. */
	TAGS((contact) -> rows(contact.tags(), (tag) -> new Row(null, tag))),

	/**
	 * {@code companies_leads} + {@code companies}: {@code company:} (name) and
	 * {@code company_id:} (id).
	 */
	COMPANIES(ContactRelation::companies),

	/** {@code lead_ips_xref} + {@code ip_addresses}: {@code ip:}. */
	IP_ADDRESSES((contact) -> rows(contact.ipAddresses(), (ip) -> new Row(null, ip))),

	/** {@code stages}: {@code stage:}. */
	STAGE((contact) -> (contact.stageName() == null) ? List.of() : List.of(new Row(null, contact.stageName())));

	private final Function<SearchableContact, List<Row>> rows;

	ContactRelation(Function<SearchableContact, List<Row>> rows) {
		this.rows = rows;
	}

	List<Row> rows(SearchableContact contact) {
		return this.rows.apply(contact);
	}

	private static List<Row> companies(SearchableContact contact) {
		List<Row> rows = new ArrayList<>();
		List<Long> ids = contact.companyIds();
		List<String> names = contact.companyNames();
		for (int i = 0; i < Math.max(ids.size(), names.size()); i++) {
			rows.add(new Row((i < ids.size()) ? ids.get(i) : null, (i < names.size()) ? names.get(i) : null));
		}
		return rows;
	}

	private static <V> List<Row> rows(List<V> values, Function<V, Row> row) {
		return values.stream().map(row).toList();
	}

	/**
	 * One joined row; a LEFT JOIN without match is the row of NULLs {@link #NULL}.
	 *
	 * @param id the row's id column ({@code company_id}), if any
	 * @param text the row's text column (tag, company name, IP address, stage name)
	 */
	record Row(@Nullable Long id, @Nullable String text) {

		static final Row NULL = new Row(null, null);

	}

}
