package org.mauticapi.sandbox.search;

import org.jspecify.annotations.Nullable;

/**
 * What one repository's search understands: its commands and its free-text ("catch all")
 * columns, in the spirit of Mautic's {@code addSearchCommandWhereClause} /
 * {@code addCatchAllWhereClause} pair.
 *
 * @param <T> the item type
 */
interface SearchCommands<T> {

	/**
	 * The command Mautic's {@code isSupportedSearchCommand} recognises, or {@code null}:
	 * either the command itself or, for {@code is:anonymous}-style commands,
	 * {@code command:string}.
	 * @param command the command as typed
	 * @param string the term's string
	 * @return the supported command, or {@code null}
	 */
	@Nullable String supported(String command, String string);

	/**
	 * The condition of a supported command, or {@code null} when the command adds nothing
	 * to the term's group (it may have added a condition to the whole query instead).
	 * @param command the supported command (see {@link #supported})
	 * @param filter the term
	 * @return the condition, or {@code null}
	 */
	@Nullable Condition<T> command(String command, SearchFilter filter);

	/**
	 * The free-text condition over the repository's searchable columns.
	 * @param string the text
	 * @param not whether it is negated
	 * @param strict whether it is matched without added wildcards
	 * @return the condition
	 */
	Condition<T> catchAll(String string, boolean not, boolean strict);

}
