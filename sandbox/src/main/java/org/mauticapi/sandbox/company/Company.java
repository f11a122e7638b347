package org.mauticapi.sandbox.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A company as the store holds it: its field values by alias and who created it. Mutable, and only ever touched
 * under the state's lock.
 */
public final class Company {

	private final long id;

	private final Instant dateAdded;

	private final long createdBy;

	private final String createdByUser;

	private final Map<String, Object> values = new LinkedHashMap<>();

	Company(long id, Instant dateAdded, long createdBy, String createdByUser) {
		this.id = id;
		this.dateAdded = dateAdded;
		this.createdBy = createdBy;
		this.createdByUser = createdByUser;
	}

	public long id() {
		return this.id;
	}

	public Instant dateAdded() {
		return this.dateAdded;
	}

	public long createdBy() {
		return this.createdBy;
	}

	public String createdByUser() {
		return this.createdByUser;
	}

	/** The company name ({@code companyname}), {@code ""} when it has none. */
	public String name() {
		Object name = this.values.get("companyname");
		return (name != null) ? name.toString() : "";
	}

	public @Nullable Object value(String alias) {
		return this.values.get(alias);
	}

	/** The values by alias, without nulls. */
	public Map<String, Object> values() {
		return Map.copyOf(this.values);
	}

	void put(String alias, @Nullable Object value) {
		if (value == null) {
			this.values.remove(alias);
		}
		else {
			this.values.put(alias, value);
		}
	}

}
