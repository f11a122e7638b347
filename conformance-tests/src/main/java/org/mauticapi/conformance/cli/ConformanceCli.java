package org.mauticapi.conformance.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.mauticapi.conformance.http.TargetException;
import org.mauticapi.conformance.run.ConformanceRunner;

/**
 * {@code java -jar mautic-conformance.jar --base-url URL --username U --password P [--allow-writes] ...}:
 * checks a Mautic against the documented behaviour. Exit codes: 0 every selected scenario
 * passed, 1 some failed or nothing ran, 2 the options are wrong or the target cannot be
 * used.
 */
public final class ConformanceCli {

	static final int EXIT_USAGE = 2;

	private ConformanceCli() {
	}

	public static void main(String[] args) {
		// The kit's dependencies log through SLF4J; the console is the kit's own, so they
		// stay quiet.
		System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
		System.setProperty("slf4j.internal.verbosity", "WARN");
		System.exit(run(args, System::getenv, System.out, System.err));
	}

	/**
	 * Runs the CLI without exiting.
	 * @param args the command line
	 * @param environment the environment variables
	 * @param out where progress and the summary go
	 * @param err where errors go
	 * @return the exit code
	 */
	static int run(String[] args, Function<String, @Nullable String> environment, PrintStream out, PrintStream err) {
		try {
			CliArguments arguments = CliArguments.parse(args, environment);
			if (arguments.help()) {
				out.println(help());
				return 0;
			}
			return new ConformanceRunner(out).run(arguments.config()).exitCode();
		}
		catch (CliUsageException ex) {
			err.println("mautic-conformance: " + ex.getMessage());
			err.println("Run with --help for the options.");
			return EXIT_USAGE;
		}
		catch (TargetException ex) {
			err.println("mautic-conformance: " + ex.getMessage());
			return EXIT_USAGE;
		}
		catch (RuntimeException ex) {
			// The outermost boundary: whatever went wrong, one clear line rather than a
			// stack trace.
			err.println("mautic-conformance: the run stopped: " + ex);
			return EXIT_USAGE;
		}
	}

	static String help() {
		return """
				Checks a Mautic (or any Mautic-compatible API) against the documented behaviour of the Contacts and
				Segments API, operation by operation, and reports where it deviates.

				Usage: java -jar mautic-conformance.jar --base-url URL --username USER --password PASSWORD [options]

				Start read-only (the default): only scenarios that read run, on whatever data the instance has.
				With --allow-writes the scenarios that write run too; everything they create carries the run's marker
				and is deleted afterwards, also when a scenario fails or the run is interrupted.

				Options (each may come from the environment variable named instead):
				""" + Arrays.stream(CliOption.values()).map(CliOption::usage).collect(Collectors.joining("\n")) + """


				Exit code: 0 when every selected scenario passed, 1 when one failed (or nothing ran, or the run could
				not delete what it created), 2 when the options are wrong or the target cannot be used (unreachable,
				not Mautic's API, credentials refused).""";
	}

}
