package org.mauticapi.sandbox.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One term of a parsed search string, as Mautic's {@code SearchStringHelper} leaves it:
 * an optional command ({@code tag}), its lower-cased string, the {@code !} (not) and
 * {@code +} (strict) flags, the {@code and}/{@code or} word that preceded it, and the
 * terms of a parenthesised group.
 *
 * @param key the term's index in the parse, gaps included (the group's glue is read from
 * index 1)
 * @param type {@code and} or {@code or}
 * @param command the command before {@code :}, empty for free text
 * @param string the lower-cased search text
 * @param not whether the term is negated
 * @param strict whether the term matches exactly (no added wildcard)
 * @param children the terms of a parenthesised group, or {@code null}
 */
record SearchFilter(int key, String type, String command, String string, boolean not, boolean strict,
		@Nullable List<SearchFilter> children) {

	/**
	 * The glue of a group: the type of its second term, else its first, else {@code and}.
	 */
	static boolean isOr(List<SearchFilter> filters) {
		SearchFilter second = byKey(filters, 1);
		SearchFilter first = byKey(filters, 0);
		SearchFilter glue = (second != null) ? second : first;
		return glue != null && "or".equals(glue.type());
	}

	private static @Nullable SearchFilter byKey(List<SearchFilter> filters, int key) {
		return filters.stream().filter((filter) -> filter.key() == key).findFirst().orElse(null);
	}

}
