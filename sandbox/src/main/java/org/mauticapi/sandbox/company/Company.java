package org.mauticapi.sandbox.company;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A company as the store holds it: its field values by alias and who created it. Mutable,
 * and only ever touched under the state's lock.
 */
public final class Company {

	private final long id;

	private final Instant dateAdded;

	private final long createdBy;

	private final String createdByUser;

	private final Map<String, Object> values = new LinkedHashMap<>();

	private @Nullable Instant dateModified;

	private @Nullable Long modifiedBy;

	private @Nullable String modifiedByUser;

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

	public @Nullable Instant dateModified() {
		return this.dateModified;
	}

	public @Nullable Long modifiedBy() {
		return this.modifiedBy;
	}

	public @Nullable String modifiedByUser() {
		return this.modifiedByUser;
	}

	/**
	 * Records an edit by a user: Mautic's model saves the company with a new date and its
	 * user.
	 */
	void modified(Instant when, long userId, String userName) {
		this.dateModified = when;
		this.modifiedBy = userId;
		this.modifiedByUser = userName;
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
