package org.mauticapi.sandbox.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A segment of the recorded data set.
 */
record FixtureSegment(long id, String name, String alias, @Nullable String publicName, @Nullable String description,
		boolean isPublished, boolean isGlobal, boolean isPreferenceCenter, @Nullable Long createdBy,
		@Nullable String createdByUser, @Nullable Long modifiedBy, @Nullable String modifiedByUser,
		@Nullable Instant dateAdded, @Nullable Instant dateModified, @Nullable Long categoryId,
		@Nullable String categoryAlias) implements SearchableSegment {

	static FixtureSegment of(long id, String name, String alias, boolean published, String dateAdded) {
		return new FixtureSegment(id, name, alias, name, null, published, true, false, 1L, "Admin User", null, null,
				Instant.parse(dateAdded), null, null, null);
	}

}
