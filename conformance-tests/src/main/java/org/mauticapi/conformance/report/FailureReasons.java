package org.mauticapi.conformance.report;

import org.jspecify.annotations.Nullable;

/**
 * The one line a report shows of an error: what deviates; bodies and stack traces are in
 * Cucumber's reports.
 */
public final class FailureReasons {

	private static final int MAX_LENGTH = 400;

	private FailureReasons() {
	}

	/**
	 * The first line of an error's message.
	 * @param error the error, or {@code null}
	 * @param fallback what to say when it has no message
	 * @return one line, at most 400 characters
	 */
	public static String firstLine(@Nullable Throwable error, String fallback) {
		if (error == null || error.getMessage() == null || error.getMessage().isBlank()) {
			return fallback;
		}
		String line = error.getMessage().strip().lines().findFirst().orElse(fallback);
		return (line.length() > MAX_LENGTH) ? line.substring(0, MAX_LENGTH - 3) + "..." : line;
	}

}
