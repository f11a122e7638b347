package org.mauticapi.sandbox.search;

import java.util.List;
import java.util.Map;

/**
 * A parsed search string: its top-level terms, and the status of every command used at
 * the top level ({@link #NEGATE}, {@link #POSIT} or {@link #NEUTRAL} when used both
 * ways), which decides Mautic's join types.
 *
 * @param filters the top-level terms
 * @param commands each command's status, {@code is} commands keyed as
 * {@code is:anonymous}
 */
record SearchString(List<SearchFilter> filters, Map<String, Integer> commands) {

	static final int NEGATE = 0;

	static final int POSIT = 1;

	static final int NEUTRAL = 2;

	SearchString {
		filters = List.copyOf(filters);
		commands = Map.copyOf(commands);
	}

	boolean isNegatedOnly(String command) {
		Integer status = this.commands.get(command);
		return status == null || status == NEGATE;
	}

}
