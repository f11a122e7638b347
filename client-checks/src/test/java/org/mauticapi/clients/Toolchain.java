package org.mauticapi.clients;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * The programs the client checks need beside the JDK (Node.js for TypeScript, Python for
 * Python). When one is missing, the checks that need it are skipped with a message saying
 * what to install, unless the build must run them: on CI (the {@code CI} environment
 * variable) or with {@code -Dclient-checks.required=true}, they fail with that message.
 */
final class Toolchain {

	private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);

	private Toolchain() {
	}

	/**
	 * Checks that a program runs.
	 * @param versionCommand a command that only prints the program's version, e.g.
	 * {@code node --version}
	 * @param install what to install, e.g.
	 * {@code Node.js 20 (node, npm and npx on the PATH)}
	 * @param purpose what it is needed for
	 * @return what the command printed
	 */
	static String require(List<String> versionCommand, String install, String purpose) {
		CommandResult result;
		try {
			result = ExternalCommand.run(versionCommand, Path.of("."), Map.of(), VERSION_TIMEOUT);
		}
		catch (IllegalStateException ex) {
			return missing(install, purpose, ex.getMessage());
		}
		if (result.exitCode() != 0) {
			return missing(install, purpose, result.output());
		}
		return result.lastLine();
	}

	/**
	 * Whether the checks must run (on CI, or with {@code -Dclient-checks.required=true})
	 * rather than be skipped when a program is missing.
	 * @return whether a missing program fails the build
	 */
	static boolean mustRun() {
		return Boolean.getBoolean("client-checks.required") || System.getenv("CI") != null;
	}

	private static String missing(String install, String purpose, String detail) {
		String message = install + " is needed " + purpose + " and was not found (" + detail.strip() + "). Install it,"
				+ " or build without it: the client checks that need it are then skipped (they fail on CI, or with"
				+ " -Dclient-checks.required=true).";
		if (mustRun()) {
			throw new AssertionError(message);
		}
		Assumptions.abort(message);
		return message;
	}

}
