package org.mauticapi.bench.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;
import org.mauticapi.bench.report.Targets.Target;

/**
 * The run as Markdown tables: absolute figures, ratios, and the targets met or missed, under the machine's
 * description.
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
		out.append("REST pass-through, fixed-latency upstream answering at once:\n\n");
		out.append("| request | figure | direct | through the gateway | gateway / direct | added by the gateway |\n");
		out.append("|---|---|---:|---:|---:|---:|\n");
		for (RestPair pair : report.rest()) {
			restRows(out, pair);
		}
		OpenLoopPair openLoop = report.openLoop();
		if (openLoop != null) {
			LatencyResult direct = openLoop.direct();
			LatencyResult gateway = openLoop.gateway();
			String request = "`" + openLoop.request() + "` at " + number(gateway.targetRps())
					+ " req/s (half the gateway's max), open loop";
			out.append(row(request, "p50 / p99 (ms)", ms(direct.p50Ms(), direct.p99Ms()),
					ms(gateway.p50Ms(), gateway.p99Ms()), "",
					String.format(Locale.ROOT, "%+.2f / %+.2f", openLoop.addedP50Ms(), openLoop.addedP99Ms())));
		}
		out.append('\n');
	}

	private static void restRows(StringBuilder out, RestPair pair) {
		WrkResult direct = pair.direct();
		WrkResult gateway = pair.gateway();
		String request = "`" + pair.request() + "`";
		out.append(row(request, "requests/s", number(direct.rps()), number(gateway.rps()),
				Targets.percent(pair.share()), ""));
		out.append(row(request, "p50 / p99 at saturation (ms)", ms(direct.p50Ms(), direct.p99Ms()),
				ms(gateway.p50Ms(), gateway.p99Ms()), "", String.format(Locale.ROOT, "%+.2f / %+.2f",
						gateway.p50Ms() - direct.p50Ms(), gateway.p99Ms() - direct.p99Ms())));
		out.append(row(request, "CPU per request (ms): upstream / gateway", cpu(pair.cpu().upstreamDirectMs()),
				cpu(pair.cpu().gatewayMs()) + " (+ upstream " + cpu(pair.cpu().upstreamViaGatewayMs()) + ")",
				String.format(Locale.ROOT, "%.1f×", pair.cpu().gatewayMs() / pair.cpu().upstreamDirectMs()), ""));
	}

	private static String cpu(double millis) {
		return String.format(Locale.ROOT, "%.3f", millis);
	}

	private static void graphql(StringBuilder out, BenchReport report) {
		if (report.graphql().isEmpty()) {
			return;
		}
		out.append("GraphQL through the gateway (and Hive Gateway, where marked), same upstream:\n\n");
		out.append("| query | requests/s | p50 (ms) | p99 (ms) | upstream calls per query | server CPU per query (ms) |\n");
		out.append("|---|---:|---:|---:|---:|---:|\n");
		for (GraphQlRun run : report.graphql()) {
			out.append("| ").append(run.name()).append(" | ").append(number(run.result().rps())).append(" | ")
				.append(decimal(run.result().p50Ms())).append(" | ").append(decimal(run.result().p99Ms()))
				.append(" | ").append(run.upstreamCalls()).append(" | ").append(cpu(run.gatewayCpuMs())).append(" |\n");
		}
		out.append('\n');
	}

	private static void fanOut(StringBuilder out, FanOut fanOut) {
		if (fanOut == null) {
			return;
		}
		out.append("Fan-out, upstream answering after ").append(fanOut.delayMs()).append(" ms: `")
			.append(fanOut.query()).append("`\n\n");
		out.append("| figure | value |\n|---|---:|\n");
		out.append("| one upstream round trip, direct (median) | ").append(decimal(fanOut.upstreamRttMs()))
			.append(" ms |\n");
		out.append("| the query's wall time (median of ").append(fanOut.wallsMs().size()).append(") | ")
			.append(decimal(fanOut.wallMs())).append(" ms |\n");
		out.append("| wall time in upstream round trips | ").append(String.format(Locale.ROOT, "%.1f", fanOut.roundTrips()))
			.append(" |\n");
		out.append("| upstream calls per query (upstream's count / gateway's `extensions`) | ")
			.append(fanOut.upstreamCalls()).append(" / ").append(fanOut.reportedCalls()).append(" |\n\n");
	}

	private static void memoryAndStartup(StringBuilder out, BenchReport report) {
		if (report.memory() == null && report.startup() == null && report.cappedHeap() == null) {
			return;
		}
		out.append("The gateway process:\n\n| figure | value |\n|---|---:|\n");
		if (report.memory() != null) {
			out.append("| resident memory at rest (after start-up, before any request) | ")
				.append(number(report.memory().idleMb())).append(" MB |\n");
			out.append("| resident memory under load (highest sampled) | ").append(number(report.memory().loadMb()))
				.append(" MB |\n");
			out.append("| resident memory 5 s after the load | ").append(number(report.memory().afterLoadMb()))
				.append(" MB |\n");
		}
		if (report.cappedHeap() != null) {
			String option = "`" + report.cappedHeap().jvmOption() + "`";
			out.append("| with ").append(option).append(": resident memory at rest / under load (highest sampled) | ")
				.append(number(report.cappedHeap().idleMb())).append(" / ")
				.append(number(report.cappedHeap().loadMb())).append(" MB |\n");
			out.append("| with ").append(option).append(": `GET /api/contacts/47` requests/s, gateway CPU per request | ")
				.append(number(report.cappedHeap().contactRps())).append(", ")
				.append(cpu(report.cappedHeap().contactCpuMs())).append(" ms |\n");
		}
		if (report.startup() != null) {
			out.append("| start-up, JVM spawn to readiness 200 (median of ").append(report.startup().runsMs().size())
				.append(") | ").append(decimal(report.startup().medianMs() / 1000)).append(" s |\n");
			if (report.startup().embeddedDemoMs() != null) {
				out.append("| start-up with the embedded demo sandbox (no `mautic.base-url`) | ")
					.append(decimal(report.startup().embeddedDemoMs() / 1000)).append(" s |\n");
			}
		}
		out.append('\n');
	}

	private static void sandbox(StringBuilder out, BenchReport report) {
		if (report.sandbox().isEmpty()) {
			return;
		}
		out.append("REST pass-through in front of the sandbox (a Spring application doing real work per request):\n\n");
		out.append("| request | figure | direct | through the gateway | gateway / direct | added by the gateway |\n");
		out.append("|---|---|---:|---:|---:|---:|\n");
		report.sandbox().forEach((pair) -> restRows(out, pair));
		out.append('\n');
	}

	private static void targets(StringBuilder out, BenchReport report) {
		out.append("| target | measured | met |\n|---|---:|---|\n");
		for (Target target : Targets.check(report)) {
			out.append("| ").append(target.target()).append(" | ").append(target.measured()).append(" | ")
				.append(target.met() ? "yes" : "**no**").append(" |\n");
		}
		out.append('\n');
	}

	private static String row(String request, String figure, String direct, String gateway, String ratio,
			String added) {
		return "| " + request + " | " + figure + " | " + direct + " | " + gateway + " | " + ratio + " | " + added
				+ " |\n";
	}

	private static String ms(double p50, double p99) {
		return decimal(p50) + " / " + decimal(p99);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, (value >= 100) ? "%.0f" : "%.2f", value);
	}

}
