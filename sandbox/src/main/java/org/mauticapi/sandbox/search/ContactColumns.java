package org.mauticapi.sandbox.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The columns of Mautic's {@code leads} table: the contact's fields plus the entity
 * columns ({@code id}, {@code owner_id}, {@code date_added}...), in snake_case as the
 * DBAL query sees them. Only {@code where} translates the ORM property names first
 * ({@code CustomFieldRepositoryTrait} calls {@code convertOrmProperties}), which is why
 * {@code orderBy=dateAdded} fails (recording 158) while {@code where[0][col]=dateAdded}
 * works.
 */
final class ContactColumns implements ColumnResolver<SearchableContact> {

	private static final Set<String> ENTITY_COLUMNS = Set.of("owner_id", "stage_id", "is_published", "date_added",
			"created_by", "created_by_user", "date_modified", "modified_by", "modified_by_user", "checked_out",
			"checked_out_by", "checked_out_by_user", "internal", "social_cache", "date_identified",
			"preferred_profile_image");

	private static final Map<String, String> ORM_PROPERTIES = Map.ofEntries(
			Map.entry("dateIdentified", "date_identified"), Map.entry("lastActive", "last_active"),
			Map.entry("socialCache", "social_cache"), Map.entry("preferredProfileImage", "preferred_profile_image"),
			Map.entry("isPublished", "is_published"), Map.entry("dateAdded", "date_added"),
			Map.entry("createdBy", "created_by"), Map.entry("createdByUser", "created_by_user"),
			Map.entry("dateModified", "date_modified"), Map.entry("modifiedBy", "modified_by"),
			Map.entry("modifiedByUser", "modified_by_user"), Map.entry("checkedOut", "checked_out"),
			Map.entry("checkedOutBy", "checked_out_by"), Map.entry("checkedOutByUser", "checked_out_by_user"));

	private final ContactFieldCatalog fields;

	ContactColumns(ContactFieldCatalog fields) {
		this.fields = fields;
	}

	@Override
	public Function<SearchableContact, @Nullable Object> column(String name) {
		String column = ColumnResolver.withoutAlias(name).toLowerCase(Locale.ROOT);
		if ("id".equals(column)) {
			return SearchableContact::id;
		}
		String alias = ENTITY_COLUMNS.contains(column) ? column : this.fields.find(column);
		if (alias == null) {
			throw new MauticQueryException("Unknown column [" + name + "]");
		}
		return (contact) -> contact.field(alias);
	}

	@Override
	public Function<SearchableContact, @Nullable Object> whereColumn(String raw) {
		int dot = raw.indexOf('.');
		String prefix = (dot < 0) ? "" : raw.substring(0, dot + 1);
		String property = raw.substring(dot + 1);
		return column(QueryParameters.alphanum(prefix + ORM_PROPERTIES.getOrDefault(property, property), "_."));
	}

}
