package org.mauticapi.sandbox.contact;

import java.util.Collection;
import java.util.Set;

import org.mauticapi.sandbox.error.MauticApiException;

/**
 * What {@code select[]} can name, as {@code CommonRepository::buildSelectClause} builds
 * its queries: the entity query takes the properties Doctrine maps on {@code Lead}; the
 * field query takes the mapped columns of the {@code leads} table, which are the id, the
 * points and the fixed fields (custom fields, even installed ones such as
 * {@code website}, are no mapped column and are never selected), with their names passed
 * through {@code sanitize}, which drops underscores: a mapped column such as
 * {@code last_active} is then not found, Mautic's 500 (probes of Mautic 5.1.0, 98-fresh
 * consent-records, 102-fresh custom-fields-in-lists).
 */
final class SelectColumns {

	/**
	 * The properties Doctrine maps on {@code Lead} and {@code FormEntity}
	 * ({@code Lead::loadMetadata}).
	 */
	static final Set<String> ENTITY_PROPERTIES = Set.of("id", "points", "lastActive", "internal", "socialCache",
			"dateIdentified", "preferredProfileImage", "owner", "stage", "title", "firstname", "lastname", "company",
			"position", "email", "phone", "mobile", "address1", "address2", "city", "state", "zipcode", "timezone",
			"country", "isPublished", "dateAdded", "dateModified", "createdBy", "createdByUser", "modifiedBy",
			"modifiedByUser", "checkedOut", "checkedOutBy", "checkedOutByUser");

	/**
	 * The fields whose columns Doctrine maps: the points and {@code Lead}'s fixed fields.
	 */
	static final Set<String> SELECTABLE_FIELDS = Set.of("points", "title", "firstname", "lastname", "company",
			"position", "email", "phone", "mobile", "address1", "address2", "city", "state", "zipcode", "timezone",
			"country");

	/** The mapped columns whose names {@code sanitize} breaks. */
	private static final Set<String> UNDERSCORED_COLUMNS = Set.of("date_added", "date_modified", "created_by",
			"created_by_user", "modified_by", "modified_by_user", "checked_out", "checked_out_by",
			"checked_out_by_user", "is_published", "owner_id", "stage_id", "last_active", "social_cache",
			"date_identified", "preferred_profile_image");

	private SelectColumns() {
	}

	/**
	 * Refuses a selection the field query cannot run.
	 * @param select the selected columns
	 * @throws MauticApiException Mautic's 500 for an underscored mapped column
	 */
	static void check(Collection<String> select) {
		if (select.stream().anyMatch(UNDERSCORED_COLUMNS::contains)) {
			throw MauticApiException.serverError();
		}
	}

}
