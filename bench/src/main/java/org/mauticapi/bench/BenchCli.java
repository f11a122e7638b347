package org.mauticapi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.load.Wrk;
import org.mauticapi.bench.nginx.NginxBinary;
import org.mauticapi.bench.report.BenchReport;
import org.mauticapi.bench.report.JsonReport;
import org.mauticapi.bench.report.MachineDescription;
import org.mauticapi.bench.report.MarkdownReport;
import org.mauticapi.bench.report.RunSettings;

/**
 * The benchmark's command line ({@code bench/run}): runs the parts asked for, prints the
 * Markdown table and writes it with the JSON figures to
 * {@code bench/results/<date-time>.md} and {@code .json}.
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

	// The outermost boundary: whatever fails, the processes are stopped (by the run, and
	// by ManagedProcess's
	// shutdown hook) and the reason is printed.
	private static int run(BenchOptions options) {
		String wrk = Wrk.version().orElse(null);
		if (wrk == null) {
			Console.error("wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk (bench/run does it "
					+ "when run as root).");
			return 2;
		}
		Optional<String> missing = options.launcher()
			.missing()
			.or(() -> Files.isRegularFile(options.sandboxJar()) ? Optional.empty()
					: Optional.of("No " + options.sandboxJar() + ": build first (bench/run does: ./mvnw -B -q -pl "
							+ "demo,sandbox,bench -am package -DskipTests)"));
		if (missing.isPresent()) {
			Console.error(missing.get());
			return 2;
		}
		NginxBinary nginx;
		try {
			nginx = nginx(options);
		}
		catch (IllegalArgumentException ex) {
			Console.error(ex.getMessage());
			return 2;
		}
		LocalDateTime time = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		BenchReport report = new BenchReport(time,
				MachineDescription.detect(options.repository(), wrk,
						(nginx != null) ? "nginx " + nginx.version() + " (" + nginx.path() + ")" : "no nginx"),
				new RunSettings(options.threads(), options.connections(), options.warmup().toSeconds(),
						options.duration().toSeconds(), options.openLoop().toSeconds(),
						options.launcher().launcherJvmOptions(), options.gatewayJvmArguments(),
						options.gatewayArguments(), options.trial()));
		if (nginx == null && (options.parts().contains("rest") || options.parts().contains("latency"))) {
			String note = ("none".equals(options.nginx()) ? "nginx left out (--nginx=none)"
					: "nginx was not found (on the PATH, nor in " + NginxBinary.USUAL_PLACES + ")")
					+ ": the REST tables have no nginx column";
			Console.detail("nginx", note);
			report.notes().add(note);
		}
		Console.step("Benchmark on " + report.machine().summary());
		try {
			new BenchRun(options, report, nginx).run();
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

	// The nginx to compare with: the one given, else the one found; null when there is
	// none or it is left out.
	private static @Nullable NginxBinary nginx(BenchOptions options) {
		if ("none".equals(options.nginx())) {
			return null;
		}
		return NginxBinary.find(options.nginx()).orElse(null);
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
