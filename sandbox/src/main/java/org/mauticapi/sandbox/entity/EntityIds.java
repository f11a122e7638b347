package org.mauticapi.sandbox.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an id as MySQL compares a string with an integer column ({@code id IN ('12abc')}
 * finds 12, {@code 'abc'} finds nothing): the way Mautic's batch look-ups match the ids
 * they are given.
 */
public final class EntityIds {

	private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*\\+?(\\d{1,18})(?:\\.0*)?(?!\\.?\\d)");

	private EntityIds() {
	}

	/**
	 * The id a string names.
	 * @param id the id as given
	 * @return the id, empty when it names none
	 */
	public static Optional<Long> parse(String id) {
		Matcher matcher = LEADING_INTEGER.matcher(id);
		return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

}
