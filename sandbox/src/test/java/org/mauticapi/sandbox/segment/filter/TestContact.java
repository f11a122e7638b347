package org.mauticapi.sandbox.segment.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A contact built in tests: field values, companies, tags, owner, segments and
 * do-not-contact entries.
 */
record TestContact(long id, Map<String, @Nullable Object> fields, List<Map<String, @Nullable Object>> companies,
		Set<Long> tagIds, @Nullable Long ownerId, Set<Long> segmentIds,
		Map<String, Integer> doNotContact) implements FilterableContact {

	/**
	 * The custom fields of the recorded data set plus the core fields the tests use; all
	 * blank.
	 */
	static final List<String> KNOWN_FIELDS = List.of("firstname", "lastname", "email", "city", "country", "points",
			"date_added", "last_active", "loyalty_tier", "annual_spend", "newsletter_optin", "contract_date",
			"favourite_colour", "interests");

	static TestContact of(long id) {
		Map<String, @Nullable Object> fields = new HashMap<>();
		KNOWN_FIELDS.forEach((alias) -> fields.put(alias, null));
		return new TestContact(id, fields, List.of(), Set.of(), null, Set.of(), Map.of());
	}

	TestContact with(String alias, @Nullable Object value) {
		Map<String, @Nullable Object> copy = new HashMap<>(this.fields);
		copy.put(alias, value);
		return new TestContact(this.id, copy, this.companies, this.tagIds, this.ownerId, this.segmentIds,
				this.doNotContact);
	}

	TestContact withCompany(Map<String, @Nullable Object> company) {
		List<Map<String, @Nullable Object>> copy = new ArrayList<>(this.companies);
		copy.add(company);
		return new TestContact(this.id, this.fields, copy, this.tagIds, this.ownerId, this.segmentIds,
				this.doNotContact);
	}

	TestContact withTags(Long... ids) {
		return new TestContact(this.id, this.fields, this.companies, new HashSet<>(List.of(ids)), this.ownerId,
				this.segmentIds, this.doNotContact);
	}

	TestContact withOwner(@Nullable Long owner) {
		return new TestContact(this.id, this.fields, this.companies, this.tagIds, owner, this.segmentIds,
				this.doNotContact);
	}

	TestContact withSegments(Long... ids) {
		return new TestContact(this.id, this.fields, this.companies, this.tagIds, this.ownerId,
				new HashSet<>(List.of(ids)), this.doNotContact);
	}

	TestContact withDoNotContact(String channel, int reason) {
		Map<String, Integer> copy = new HashMap<>(this.doNotContact);
		copy.put(channel, reason);
		return new TestContact(this.id, this.fields, this.companies, this.tagIds, this.ownerId, this.segmentIds, copy);
	}

	@Override
	public boolean hasField(String alias) {
		return this.fields.containsKey(alias);
	}

	@Override
	public @Nullable Object field(String alias) {
		return this.fields.get(alias);
	}

	@Override
	public boolean hasCompanyField(String alias) {
		return List.of("companyname", "companycity", "companynumber_of_employees").contains(alias);
	}

	@Override
	public List<@Nullable Object> companyFieldValues(String alias) {
		List<@Nullable Object> values = new ArrayList<>();
		this.companies.forEach((company) -> values.add(company.get(alias)));
		return values;
	}

	@Override
	public @Nullable Integer doNotContactReason(String channel) {
		return this.doNotContact.get(channel);
	}

}
