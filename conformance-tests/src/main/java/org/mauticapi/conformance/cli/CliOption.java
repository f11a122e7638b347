package org.mauticapi.conformance.cli;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The kit's options, each with its environment variable and its line of help. */
enum CliOption {

	BASE_URL("--base-url", "URL", "MAUTIC_BASE_URL",
			"The Mautic to check, without /api (e.g. https://mautic.example.com). Required."),

	USERNAME("--username", "NAME", "MAUTIC_USERNAME", "A Mautic user for HTTP Basic authentication."),

	PASSWORD("--password", "PASSWORD", "MAUTIC_PASSWORD",
			"That user's password. Prefer the environment variable: a command line is visible to other users."),

	CLIENT_ID("--client-id", "ID", "MAUTIC_CLIENT_ID",
			"An OAuth2 API client (client-credentials grant), instead of a user and password."),

	CLIENT_SECRET("--client-secret", "SECRET", "MAUTIC_CLIENT_SECRET", "That client's secret."),

	ALLOW_WRITES("--allow-writes", null, "MAUTIC_ALLOW_WRITES",
			"Also run the scenarios that write (@writes). They create contacts and segments carrying the run's marker,\n"
					+ "change only those, and delete them afterwards. Without it the run only reads."),

	TAGS("--tags", "EXPRESSION", "MAUTIC_TAGS",
			"Run only the scenarios matching a Cucumber tag expression, e.g. \"@contacts and not @since-5.1\"."),

	NAME("--name", "REGEX", "MAUTIC_NAME",
			"Run only the scenarios whose names contain a match of this regular expression, e.g. \"segment\"."),

	REPORT_DIR("--report-dir", "DIR", "MAUTIC_REPORT_DIR",
			"Where the reports go (default: conformance-report): coverage.html, coverage.json, cucumber.html,\n"
					+ "cucumber.json, junit.xml."),

	FEATURES("--features", "DIR", "MAUTIC_FEATURES",
			"Run the .feature files of this folder instead of those packaged in the kit."),

	HELP("--help", null, null, "Print this help and exit.");

	private final String flag;

	private final @Nullable String argument;

	private final @Nullable String environment;

	private final String help;

	CliOption(String flag, @Nullable String argument, @Nullable String environment, String help) {
		this.flag = flag;
		this.argument = argument;
		this.environment = environment;
		this.help = help;
	}

	static Optional<CliOption> forFlag(String flag) {
		return Arrays.stream(values())
			.filter((option) -> option.flag.equals(flag) || (option == HELP && flag.equals("-h")))
			.findFirst();
	}

	String flag() {
		return this.flag;
	}

	boolean takesValue() {
		return this.argument != null;
	}

	@Nullable String environment() {
		return this.environment;
	}

	String usage() {
		String head = "  " + this.flag + (takesValue() ? " " + this.argument : "")
				+ ((this.environment != null) ? "   (env " + this.environment + ")" : "");
		return head + "\n      " + this.help.replace("\n", "\n      ");
	}

}
