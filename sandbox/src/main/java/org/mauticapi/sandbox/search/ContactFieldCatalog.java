package org.mauticapi.sandbox.search;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The published contact fields Mautic knows: each alias is a column for
 * {@code where}/{@code orderBy}, a search command ({@code city:London}), and the
 * {@code social} group's aliases are also searched by free text.
 *
 * @param aliases every field alias (core and custom)
 * @param socialAliases the aliases of the {@code social} group
 */
public record ContactFieldCatalog(Set<String> aliases, Set<String> socialAliases) {

	/**
	 * Mautic 5.1's core contact fields ({@code GET /contacts/list/fields}, recording
	 * 303), social ones excluded.
	 */
	public static final List<String> CORE_FIELDS = List.of("title", "firstname", "lastname", "company", "position",
			"email", "mobile", "phone", "points", "fax", "address1", "address2", "city", "state", "zipcode", "country",
			"preferred_locale", "timezone", "last_active", "attribution_date", "attribution", "website");

	/** Mautic 5.1's core fields of the {@code social} group. */
	public static final List<String> CORE_SOCIAL_FIELDS = List.of("facebook", "foursquare", "instagram", "linkedin",
			"skype", "twitter");

	public ContactFieldCatalog {
		aliases = Collections.unmodifiableSet(new LinkedHashSet<>(aliases));
		socialAliases = Collections.unmodifiableSet(new LinkedHashSet<>(socialAliases));
	}

	/** The core fields of a fresh Mautic 5.1. */
	public static ContactFieldCatalog core() {
		Set<String> aliases = new LinkedHashSet<>(CORE_FIELDS);
		aliases.addAll(CORE_SOCIAL_FIELDS);
		return new ContactFieldCatalog(aliases, new LinkedHashSet<>(CORE_SOCIAL_FIELDS));
	}

	/**
	 * This catalog with one more (custom) field.
	 * @param alias the field's alias
	 * @param group its group ({@code core}, {@code social}, {@code personal},
	 * {@code professional})
	 * @return the extended catalog
	 */
	public ContactFieldCatalog withField(String alias, String group) {
		Set<String> all = new LinkedHashSet<>(this.aliases);
		all.add(alias);
		Set<String> social = new LinkedHashSet<>(this.socialAliases);
		if ("social".equals(group)) {
			social.add(alias);
		}
		return new ContactFieldCatalog(all, social);
	}

	/**
	 * The alias a column name designates (MySQL column names ignore case), or
	 * {@code null}.
	 */
	@Nullable String find(String column) {
		String lower = column.toLowerCase(Locale.ROOT);
		return this.aliases.stream()
			.filter((alias) -> alias.toLowerCase(Locale.ROOT).equals(lower))
			.findFirst()
			.orElse(null);
	}

}
