package org.mauticapi.sandbox.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A contact of the recorded data set, built fluently by {@link RecordedDataSet}.
 */
record FixtureContact(long id, Map<String, Object> fields, List<String> tags, @Nullable Long ownerId,
		@Nullable String ownerFirstName, @Nullable String ownerLastName, Set<String> segmentAliases,
		List<String> companyNames, List<Long> companyIds, List<String> ipAddresses, @Nullable String stageName,
		List<String> doNotContactChannels) implements SearchableContact {

	static FixtureContact of(long id, String dateAdded) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("date_added", dateAdded);
		fields.put("date_identified", dateAdded);
		fields.put("points", 0L);
		return new FixtureContact(id, fields, List.of(), null, null, null, Set.of(), List.of(), List.of(), List.of(),
				null, List.of());
	}

	@Override
	public @Nullable Object field(String alias) {
		return this.fields.get(alias);
	}

	@Override
	public boolean isAnonymous() {
		return this.fields.get("date_identified") == null;
	}

	FixtureContact with(String alias, @Nullable Object value) {
		Map<String, Object> changed = new HashMap<>(this.fields);
		if (value == null) {
			changed.remove(alias);
		}
		else {
			changed.put(alias, value);
		}
		return new FixtureContact(this.id, changed, this.tags, this.ownerId, this.ownerFirstName, this.ownerLastName,
				this.segmentAliases, this.companyNames, this.companyIds, this.ipAddresses, this.stageName,
				this.doNotContactChannels);
	}

	FixtureContact tags(String... tags) {
		return new FixtureContact(this.id, this.fields, List.of(tags), this.ownerId, this.ownerFirstName,
				this.ownerLastName, this.segmentAliases, this.companyNames, this.companyIds, this.ipAddresses,
				this.stageName, this.doNotContactChannels);
	}

	FixtureContact owner(long id, String firstName, String lastName) {
		return new FixtureContact(this.id, this.fields, this.tags, id, firstName, lastName, this.segmentAliases,
				this.companyNames, this.companyIds, this.ipAddresses, this.stageName, this.doNotContactChannels)
			.with("owner_id", id);
	}

	FixtureContact segments(String... aliases) {
		Set<String> all = new LinkedHashSet<>(this.segmentAliases);
		all.addAll(List.of(aliases));
		return new FixtureContact(this.id, this.fields, this.tags, this.ownerId, this.ownerFirstName,
				this.ownerLastName, all, this.companyNames, this.companyIds, this.ipAddresses, this.stageName,
				this.doNotContactChannels);
	}

	FixtureContact companies(Map<Long, String> companies) {
		return new FixtureContact(this.id, this.fields, this.tags, this.ownerId, this.ownerFirstName,
				this.ownerLastName, this.segmentAliases, List.copyOf(companies.values()),
				List.copyOf(companies.keySet()), this.ipAddresses, this.stageName, this.doNotContactChannels);
	}

	FixtureContact ips(String... ips) {
		return new FixtureContact(this.id, this.fields, this.tags, this.ownerId, this.ownerFirstName,
				this.ownerLastName, this.segmentAliases, this.companyNames, this.companyIds, List.of(ips),
				this.stageName, this.doNotContactChannels);
	}

	FixtureContact stage(String stageName) {
		return new FixtureContact(this.id, this.fields, this.tags, this.ownerId, this.ownerFirstName,
				this.ownerLastName, this.segmentAliases, this.companyNames, this.companyIds, this.ipAddresses,
				stageName, this.doNotContactChannels);
	}

	FixtureContact doNotContact(String... channels) {
		return new FixtureContact(this.id, this.fields, this.tags, this.ownerId, this.ownerFirstName,
				this.ownerLastName, this.segmentAliases, this.companyNames, this.companyIds, this.ipAddresses,
				this.stageName, List.of(channels));
	}

}
