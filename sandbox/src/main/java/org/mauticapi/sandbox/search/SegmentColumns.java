package org.mauticapi.sandbox.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The properties of Mautic's {@code LeadList} entity: the segment repository queries
 * through the ORM, so columns are camelCase property names, case-sensitive
 * ({@code dateAdded} works, {@code date_added} does not).
 */
final class SegmentColumns implements ColumnResolver<SearchableSegment> {

	private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final Map<String, Function<SearchableSegment, @Nullable Object>> PROPERTIES = Map.ofEntries(
			Map.entry("id", SearchableSegment::id), Map.entry("name", SearchableSegment::name),
			Map.entry("alias", SearchableSegment::alias), Map.entry("publicName", SearchableSegment::publicName),
			Map.entry("description", SearchableSegment::description),
			Map.entry("isPublished", SearchableSegment::isPublished),
			Map.entry("isGlobal", SearchableSegment::isGlobal),
			Map.entry("isPreferenceCenter", SearchableSegment::isPreferenceCenter),
			Map.entry("createdBy", SearchableSegment::createdBy),
			Map.entry("createdByUser", SearchableSegment::createdByUser),
			Map.entry("modifiedBy", SearchableSegment::modifiedBy),
			Map.entry("modifiedByUser", SearchableSegment::modifiedByUser),
			Map.entry("dateAdded", (segment) -> sql(segment.dateAdded())),
			Map.entry("dateModified", (segment) -> sql(segment.dateModified())),
			Map.entry("category", SearchableSegment::categoryId));

	@Override
	public Function<SearchableSegment, @Nullable Object> column(String name) {
		Function<SearchableSegment, @Nullable Object> property = PROPERTIES.get(ColumnResolver.withoutAlias(name));
		if (property == null) {
			throw new MauticQueryException("Unknown property [" + name + "]");
		}
		return property;
	}

	private static @Nullable String sql(@Nullable Instant instant) {
		return (instant != null) ? SQL.format(instant) : null;
	}

}
