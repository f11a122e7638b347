package org.mauticapi.php;

import java.util.List;

/**
 * What PHP reads from a query string or a form body, and every place where PHP's reading
 * departs from what the sender most likely meant.
 *
 * @param values the variables exactly as PHP builds them
 * @param variables how many variables PHP counted against {@code max_input_vars}
 * @param problems where PHP drops, renames or overwrites part of the input, or cannot
 * read it as text; empty when PHP reads every pair as written
 */
public record PhpInput(PhpArray values, int variables, List<Problem> problems) {

	public PhpInput {
		problems = List.copyOf(problems);
	}

	/**
	 * @return whether PHP reads every pair as written
	 */
	public boolean isClean() {
		return this.problems.isEmpty();
	}

	/** How PHP's reading departs from what was written. */
	public enum Kind {

		/**
		 * PHP drops data: past {@code max_input_vars}, nested past
		 * {@code max_input_nesting_level}, after a NUL.
		 */
		DROPPED,

		/**
		 * PHP files the value under another name: dots and spaces, an unclosed bracket,
		 * bytes after a bracket.
		 */
		RENAMED,

		/**
		 * A later pair replaces an earlier, different value under the same name: PHP
		 * keeps only the last.
		 */
		OVERWRITTEN,

		/** The bytes are not UTF-8 text. */
		NOT_TEXT

	}

	/**
	 * One place where PHP's reading departs from what was written.
	 *
	 * @param kind how it departs
	 * @param parameter the parameter as the sender wrote it (decoded), or {@code query} /
	 * {@code body} for the whole
	 * @param message what PHP does with it
	 */
	public record Problem(Kind kind, String parameter, String message) {

		@Override
		public String toString() {
			return this.parameter + ": " + this.message;
		}

	}

}
