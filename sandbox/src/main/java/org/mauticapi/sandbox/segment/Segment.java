package org.mauticapi.sandbox.segment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.search.SearchableSegment;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A segment (Mautic's {@code LeadList}) as the store holds it. Mutable, and only ever
 * touched under the state's lock; it is what the segment list query searches.
 */
final class Segment implements SearchableSegment {

	/**
	 * 0 until the store adds it: a segment the form refuses uses no id (recordings
	 * 369-372).
	 */
	long id;

	final Instant dateAdded;

	final long createdBy;

	final String createdByUser;

	@Nullable Instant dateModified;

	@Nullable Long modifiedBy;

	@Nullable String modifiedByUser;

	String name = "";

	String publicName = "";

	String alias = "";

	@Nullable String description;

	boolean published = true;

	boolean global = true;

	boolean preferenceCenter;

	/**
	 * The filters as Mautic stores them: glue, field, object, type, operator, properties.
	 */
	ArrayNode filters = JsonNodeFactory.instance.arrayNode();

	Segment(Instant dateAdded, long createdBy, String createdByUser) {
		this.dateAdded = dateAdded;
		this.createdBy = createdBy;
		this.createdByUser = createdByUser;
	}

	@Override
	public long id() {
		return this.id;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String alias() {
		return this.alias;
	}

	@Override
	public @Nullable String publicName() {
		return this.publicName;
	}

	@Override
	public @Nullable String description() {
		return this.description;
	}

	@Override
	public boolean isPublished() {
		return this.published;
	}

	@Override
	public boolean isGlobal() {
		return this.global;
	}

	@Override
	public boolean isPreferenceCenter() {
		return this.preferenceCenter;
	}

	@Override
	public Long createdBy() {
		return this.createdBy;
	}

	@Override
	public String createdByUser() {
		return this.createdByUser;
	}

	@Override
	public @Nullable Long modifiedBy() {
		return this.modifiedBy;
	}

	@Override
	public @Nullable String modifiedByUser() {
		return this.modifiedByUser;
	}

	@Override
	public Instant dateAdded() {
		return this.dateAdded;
	}

	@Override
	public @Nullable Instant dateModified() {
		return this.dateModified;
	}

	/**
	 * The sandbox keeps no categories: a segment naming one is refused on write, so none
	 * has a category.
	 */
	@Override
	public @Nullable Long categoryId() {
		return null;
	}

	@Override
	public @Nullable String categoryAlias() {
		return null;
	}

	/** Records a change by a user, as Mautic's {@code FormModel::setTimestamps} does. */
	void modifiedBy(Instant when, long userId, String userName) {
		this.dateModified = when;
		this.modifiedBy = userId;
		this.modifiedByUser = userName;
	}

}
