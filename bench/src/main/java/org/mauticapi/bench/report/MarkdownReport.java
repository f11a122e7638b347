package org.mauticapi.bench.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.Startup;
import org.mauticapi.bench.report.Targets.Target;

import static org.mauticapi.bench.report.MarkdownCells.cpu;
import static org.mauticapi.bench.report.MarkdownCells.decimal;
import static org.mauticapi.bench.report.MarkdownCells.number;

/**
 * The run as Markdown tables: absolute figures, ratios, and the targets met or missed,
 * under the machine's description.
 */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	/**
	 * Renders the report.
	 * @param report the run
	 * @return Markdown
	 */
	public static String render(BenchReport report) {
		StringBuilder out = new StringBuilder();
		out.append("### Gateway benchmark, ").append(report.time().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		out.append(report.settings().trial() ? " (trial run: not for quoting)" : "").append("\n\n");
		out.append("Machine: ").append(report.machine().summary()).append(".  \n");
		out.append("Run: ").append(report.settings().summary()).append(".\n\n");
		rest(out, report);
		graphql(out, report);
		fanOut(out, report.fanOut());
		memoryAndStartup(out, report);
		sandbox(out, report);
		targets(out, report);
		if (!report.notes().isEmpty()) {
			out.append("Notes:\n\n");
			report.notes().forEach((note) -> out.append("- ").append(note).append('\n'));
			out.append('\n');
		}
		return out.toString();
	}

	private static void rest(StringBuilder out, BenchReport report) {
		if (report.rest().isEmpty()) {
			return;
		}
		out.append("REST pass-through, fixed-latency upstream answering at once")
			.append((report.nginxConfig() != null) ? "; nginx configured by `" + report.nginxConfig() + "`" : "")
			.append(":\n\n");
		RestTable.render(out, report.rest(), report.openLoop());
	}

	private static void graphql(StringBuilder out, BenchReport report) {
		if (report.graphql().isEmpty()) {
			return;
		}
		out.append("GraphQL through the gateway (and Hive Gateway, where marked), same upstream:\n\n");
		out.append(
				"| query | requests/s | p50 (ms) | p99 (ms) | upstream calls per query | server CPU per query (ms) |\n");
		out.append("|---|---:|---:|---:|---:|---:|\n");
		for (GraphQlRun run : report.graphql()) {
			out.append("| ")
				.append(run.name())
				.append(" | ")
				.append(number(run.result().rps()))
				.append(" | ")
				.append(decimal(run.result().p50Ms()))
				.append(" | ")
				.append(decimal(run.result().p99Ms()))
				.append(" | ")
				.append(run.upstreamCalls())
				.append(" | ")
				.append(cpu(run.gatewayCpuMs()))
				.append(" |\n");
		}
		out.append('\n');
	}

	private static void fanOut(StringBuilder out, FanOut fanOut) {
		if (fanOut == null) {
			return;
		}
		out.append("Fan-out, upstream answering after ")
			.append(fanOut.delayMs())
			.append(" ms: `")
			.append(fanOut.query())
			.append("`\n\n");
		out.append("| figure | value |\n|---|---:|\n");
		out.append("| one upstream round trip, direct (median) | ")
			.append(decimal(fanOut.upstreamRttMs()))
			.append(" ms |\n");
		out.append("| the query's wall time (median of ")
			.append(fanOut.wallsMs().size())
			.append(") | ")
			.append(decimal(fanOut.wallMs()))
			.append(" ms |\n");
		out.append("| wall time in upstream round trips | ")
			.append(String.format(Locale.ROOT, "%.1f", fanOut.roundTrips()))
			.append(" |\n");
		out.append("| upstream calls per query (upstream's count / gateway's `extensions`) | ")
			.append(fanOut.upstreamCalls())
			.append(" / ")
			.append(fanOut.reportedCalls())
			.append(" |\n\n");
	}

	private static void memoryAndStartup(StringBuilder out, BenchReport report) {
		Memory memory = report.memory();
		if (memory == null && report.startup() == null && report.sandboxStartup() == null) {
			return;
		}
		out.append("The gateway process, run by `bin/mautic-gateway`:\n\n| figure | value |\n|---|---:|\n");
		if (memory != null) {
			out.append("| resident memory at rest (after start-up, before any request) | ")
				.append(number(memory.idleMb()))
				.append(" MB |\n");
			out.append("| resident memory under load (highest sampled) | ")
				.append(number(memory.loadMb()))
				.append(" MB |\n");
			out.append("| resident memory ")
				.append(memory.afterSeconds())
				.append(" s after the load | ")
				.append(number(memory.afterMb()))
				.append(" MB |\n");
		}
		startup(out, "start-up, spawn to readiness 200", report.startup());
		startup(out, "start-up with the embedded demo sandbox (no `mautic.base-url`)", report.sandboxStartup());
		out.append('\n');
	}

	private static void startup(StringBuilder out, String figure, @Nullable Startup startup) {
		if (startup == null) {
			return;
		}
		out.append("| ")
			.append(figure)
			.append(", median of ")
			.append(startup.runsMs().size())
			.append(" (min – max)")
			.append(startup.archiveUsed() < startup.runsMs().size()
					? "; class data sharing archive used in " + startup.archiveUsed() + " of " + startup.runsMs().size()
					: "")
			.append(" | ")
			.append(decimal(startup.medianMs() / 1000))
			.append(" s (")
			.append(decimal(startup.minMs() / 1000))
			.append(" – ")
			.append(decimal(startup.maxMs() / 1000))
			.append(" s) |\n");
	}

	private static void sandbox(StringBuilder out, BenchReport report) {
		if (report.sandbox().isEmpty()) {
			return;
		}
		out.append("REST pass-through in front of the sandbox (a Spring application doing real work per request):\n\n");
		RestTable.render(out, report.sandbox(), null);
	}

	private static void targets(StringBuilder out, BenchReport report) {
		out.append("| target | measured | met |\n|---|---:|---|\n");
		for (Target target : Targets.check(report)) {
			out.append("| ")
				.append(target.target())
				.append(" | ")
				.append(target.measured())
				.append(" | ")
				.append(target.met() ? "yes" : "**no**")
				.append(" |\n");
		}
		out.append('\n');
	}

}
