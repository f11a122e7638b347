package org.mauticapi.sandbox.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A segment as the segment list query sees it: the {@code LeadList} properties that
 * {@code where}, {@code orderBy} and the search commands read. The store implements it.
 */
public interface SearchableSegment {

	/**
	 * @return the segment's id
	 */
	long id();

	/**
	 * @return its name
	 */
	String name();

	/**
	 * @return its alias
	 */
	String alias();

	/**
	 * @return its public name, or {@code null}
	 */
	@Nullable String publicName();

	/**
	 * @return its description, or {@code null}
	 */
	@Nullable String description();

	/**
	 * @return whether it is published
	 */
	boolean isPublished();

	/**
	 * @return whether it is global
	 */
	boolean isGlobal();

	/**
	 * @return whether it shows in the preference center
	 */
	boolean isPreferenceCenter();

	/**
	 * @return the id of the user who created it, or {@code null}
	 */
	@Nullable Long createdBy();

	/**
	 * @return the name of the user who created it, or {@code null}
	 */
	@Nullable String createdByUser();

	/**
	 * @return the id of the user who last modified it, or {@code null}
	 */
	@Nullable Long modifiedBy();

	/**
	 * @return the name of the user who last modified it, or {@code null}
	 */
	@Nullable String modifiedByUser();

	/**
	 * @return when it was created, or {@code null}
	 */
	@Nullable Instant dateAdded();

	/**
	 * @return when it was last modified, or {@code null}
	 */
	@Nullable Instant dateModified();

	/**
	 * @return the id of its category, or {@code null}
	 */
	@Nullable Long categoryId();

	/**
	 * @return the alias of its category, or {@code null} ({@code category:} searches it)
	 */
	@Nullable String categoryAlias();

}
