package org.mauticapi.sandbox.segment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Segment aliases as Mautic's {@code ListModel::saveEntity} makes them: the alias given
 * (or else the name) is cleaned to a slug, and a clash gets a number appended, counting
 * up from 1 ({@code vip-customers1}, recording 372).
 */
final class SegmentAliases {

	private SegmentAliases() {
	}

	/**
	 * Mautic's {@code cleanAlias(alias, '', 0, '-')}: transliterated, spaces to dashes,
	 * every other character that is not a letter, digit or dash dropped, lower-cased
	 * ({@code Minimal segment (replaced)} becomes {@code minimal-segment-replaced},
	 * recording 401).
	 * @param text the alias or name
	 * @return the slug
	 */
	static String clean(String text) {
		String latin = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return latin.replace(' ', '-').replaceAll("[^0-9A-Za-z-]+", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * The slug made unique: the first of {@code slug}, {@code slug1}, {@code slug2}...
	 * that is free.
	 * @param slug the cleaned alias
	 * @param taken whether another segment holds an alias
	 * @return the alias to store
	 */
	static String unique(String slug, Predicate<String> taken) {
		if (!taken.test(slug)) {
			return slug;
		}
		int tag = 1;
		while (taken.test(slug + tag)) {
			tag++;
		}
		return slug + tag;
	}

}
