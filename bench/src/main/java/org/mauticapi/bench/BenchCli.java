package org.mauticapi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.report.BenchReport;
import org.mauticapi.bench.report.JsonReport;
import org.mauticapi.bench.report.MachineDescription;
import org.mauticapi.bench.report.MarkdownReport;
import org.mauticapi.bench.report.RunSettings;

/**
 * The benchmark's command line ({@code bench/run}): runs the parts asked for, prints the Markdown table and writes it
 * with the JSON figures to {@code bench/results/<date-time>.md} and {@code .json}.
 */
public final class BenchCli {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

	private BenchCli() {
	}

	public static void main(String[] args) {
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			Console.error(ex.getMessage() + "\n\n" + BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		if (String.join(" ", args).contains("--help")) {
			Console.print(BenchOptions.USAGE);
			return;
		}
		System.exit(run(options));
	}

	// The outermost boundary: whatever fails, the processes are stopped (by the run, and by ManagedProcess's
	// shutdown hook) and the reason is printed.
	private static int run(BenchOptions options) {
		String wrk = Wrk.version().orElse(null);
		if (wrk == null) {
			Console.error("wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk (bench/run does it "
					+ "when run as root).");
			return 2;
		}
		for (Path jar : new Path[] { options.gatewayJar(), options.sandboxJar() }) {
			if (!Files.isRegularFile(jar)) {
				Console.error("No " + jar + ": build first (bench/run does: ./mvnw -B -q -pl gateway,sandbox,bench "
						+ "-am package -DskipTests)");
				return 2;
			}
		}
		LocalDateTime time = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		BenchReport report = new BenchReport(time, MachineDescription.detect(options.repository(), wrk),
				new RunSettings(options.threads(), options.connections(), options.warmup().toSeconds(),
						options.duration().toSeconds(), options.openLoop().toSeconds(), options.gatewayJvmArguments(),
						options.gatewayArguments(), options.trial()));
		Console.step("Benchmark on " + report.machine().summary());
		try {
			new BenchRun(options, report).run();
		}
		catch (RuntimeException ex) {
			Console.error("The benchmark failed: " + ex.getMessage());
			Console.error("Server logs are in " + options.work().resolve("logs"));
			return 1;
		}
		String problem = BenchRun.firstProblem(report);
		if (problem != null) {
			report.notes().add(problem);
		}
		String markdown = MarkdownReport.render(report);
		Console.print("\n" + markdown);
		if (options.write()) {
			write(options.results(), time, markdown, JsonReport.render(report));
		}
		return 0;
	}

	private static void write(Path results, LocalDateTime time, String markdown, String json) {
		try {
			Files.createDirectories(results);
			String name = time.format(FILE_TIME);
			Path md = Files.writeString(results.resolve(name + ".md"), markdown);
			Path js = Files.writeString(results.resolve(name + ".json"), json);
			Console.step("Written " + md + " and " + js);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
