package org.mauticapi.clients;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a program printed (standard output and error, in order) and how it ended.
 *
 * @param command the program and its arguments
 * @param exitCode its exit status
 * @param output what it printed
 */
record CommandResult(List<String> command, int exitCode, String output) {

	/**
	 * Fails, with everything the program printed, unless it ended with status 0.
	 * @return this result
	 */
	CommandResult assertSucceeded() {
		assertThat(this.exitCode)
			.as("%s ended with status %d:%n%s", String.join(" ", this.command), this.exitCode, this.output)
			.isZero();
		return this;
	}

	/**
	 * The last line that is not blank.
	 * @return the line, trimmed
	 */
	String lastLine() {
		List<String> lines = this.output.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
	}

}
