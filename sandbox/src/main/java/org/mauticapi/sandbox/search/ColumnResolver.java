package org.mauticapi.sandbox.search;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Turns a column named in {@code orderBy}, {@code order[]} or {@code where[]} into the
 * value it holds for an item; a name the database does not know fails the SQL in Mautic,
 * so it throws {@link MauticQueryException}.
 *
 * @param <T> the item type
 */
interface ColumnResolver<T> {

	/**
	 * The column of an already sanitized name, with or without the table alias.
	 * @param name the column, e.g. {@code lastname} or {@code l.lastname}
	 * @return the value reader
	 */
	Function<T, @Nullable Object> column(String name);

	/**
	 * The column a {@code where} clause names, before sanitizing (some repositories
	 * translate property names first).
	 * @param raw the name as sent
	 * @return the value reader
	 */
	default Function<T, @Nullable Object> whereColumn(String raw) {
		return column(QueryParameters.alphanum(raw, "_."));
	}

	/**
	 * Splits {@code l.name} into the column after Mautic's table alias {@code l}; any
	 * other alias is unknown.
	 * @param name a sanitized column name
	 * @return the column without the alias
	 */
	static String withoutAlias(String name) {
		int dot = name.indexOf('.');
		if (dot < 0) {
			return name;
		}
		if (!"l".equals(name.substring(0, dot))) {
			throw new MauticQueryException("Unknown column [" + name + "]");
		}
		return name.substring(dot + 1);
	}

}
