package org.mauticapi.sandbox.search;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns parsed search terms into one condition as
 * {@code CommonRepository::parseSearchFilters} does: the group's glue comes from its
 * second term, unknown commands search the text {@code command:string} strictly, and
 * terms that produce nothing are left out of the group.
 */
final class SearchCompiler {

	private SearchCompiler() {
	}

	static <T> @Nullable Condition<T> compile(List<SearchFilter> filters, SearchCommands<T> commands) {
		List<Condition<T>> parts = new ArrayList<>();
		for (SearchFilter filter : filters) {
			Condition<T> part = term(filter, commands);
			if (part != null) {
				parts.add(part);
			}
		}
		if (parts.isEmpty()) {
			return null;
		}
		return SearchFilter.isOr(filters) ? Condition.any(parts) : Condition.all(parts);
	}

	private static <T> @Nullable Condition<T> term(SearchFilter filter, SearchCommands<T> commands) {
		if (filter.children() != null) {
			return compile(filter.children(), commands);
		}
		if (filter.command().isEmpty()) {
			return commands.catchAll(filter.string(), filter.not(), filter.strict());
		}
		String supported = commands.supported(filter.command(), filter.string());
		if (supported == null) {
			// Recordings 191 and 201 (is:published, foo:bar): the whole "command:string"
			// becomes a strict text search.
			return commands.catchAll(filter.command() + ":" + filter.string(), false, true);
		}
		return commands.command(supported, filter);
	}

	/**
	 * The LIKE parameter of a free-text search: {@code %text%} unless strict or already
	 * wildcarded.
	 */
	static String containsPattern(String string, boolean strict) {
		return (strict || string.contains("%")) ? string : "%" + string + "%";
	}

}
