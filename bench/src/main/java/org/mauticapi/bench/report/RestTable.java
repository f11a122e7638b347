package org.mauticapi.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;
import org.mauticapi.bench.report.Figures.NginxRun;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;

import static org.mauticapi.bench.report.MarkdownCells.cpu;
import static org.mauticapi.bench.report.MarkdownCells.ms;
import static org.mauticapi.bench.report.MarkdownCells.number;

/**
 * A Markdown table of REST requests side by side: direct, through nginx (its two columns
 * only when nginx ran) and through the gateway, with the gateway's ratios to each.
 */
final class RestTable {

	private final boolean nginx;

	private final StringBuilder out;

	private RestTable(boolean nginx, StringBuilder out) {
		this.nginx = nginx;
		this.out = out;
	}

	/**
	 * Renders the table.
	 * @param out where it goes
	 * @param pairs the requests at saturation
	 * @param openLoop the request at a fixed rate, if measured
	 */
	static void render(StringBuilder out, List<RestPair> pairs, @Nullable OpenLoopPair openLoop) {
		boolean nginx = pairs.stream().anyMatch((pair) -> pair.nginx() != null)
				|| (openLoop != null && openLoop.nginx() != null);
		RestTable table = new RestTable(nginx, out);
		table.row("request", "figure", "direct", "through nginx", "through the gateway", "gateway / nginx",
				"gateway / direct", "added by the gateway");
		table.row("---", "---", "---:", "---:", "---:", "---:", "---:", "---:");
		pairs.forEach(table::pair);
		if (openLoop != null) {
			table.openLoop(openLoop);
		}
		out.append('\n');
	}

	private void pair(RestPair pair) {
		WrkResult direct = pair.direct();
		WrkResult gateway = pair.gateway();
		NginxRun nginx = pair.nginx();
		String request = "`" + pair.request() + "`";
		row(request, "requests/s", number(direct.rps()), (nginx != null) ? number(nginx.result().rps()) : "",
				number(gateway.rps()), (pair.nginxShare() != null) ? Targets.percent(pair.nginxShare()) : "",
				Targets.percent(pair.share()), "");
		row(request, "p50 / p99 at saturation (ms)", ms(direct.p50Ms(), direct.p99Ms()),
				(nginx != null) ? ms(nginx.result().p50Ms(), nginx.result().p99Ms()) : "",
				ms(gateway.p50Ms(), gateway.p99Ms()), "", "",
				added(gateway.p50Ms() - direct.p50Ms(), gateway.p99Ms() - direct.p99Ms()));
		row(request, "CPU per request (ms): upstream / proxy", cpu(pair.cpu().upstreamDirectMs()),
				(nginx != null) ? cpu(nginx.nginxCpuMs()) + " (+ upstream " + cpu(nginx.upstreamCpuMs()) + ")" : "",
				cpu(pair.cpu().gatewayMs()) + " (+ upstream " + cpu(pair.cpu().upstreamViaGatewayMs()) + ")",
				(pair.cpuOverNginx() != null) ? times(pair.cpuOverNginx()) : "",
				times(pair.cpu().gatewayMs() / pair.cpu().upstreamDirectMs()), "");
	}

	private void openLoop(OpenLoopPair openLoop) {
		LatencyResult direct = openLoop.direct();
		LatencyResult gateway = openLoop.gateway();
		LatencyResult nginx = openLoop.nginx();
		row("`" + openLoop.request() + "` at " + number(gateway.targetRps())
				+ " req/s (half the gateway's max), open loop", "p50 / p99 (ms)", ms(direct.p50Ms(), direct.p99Ms()),
				(nginx != null) ? ms(nginx.p50Ms(), nginx.p99Ms()) : "", ms(gateway.p50Ms(), gateway.p99Ms()), "", "",
				added(openLoop.addedP50Ms(), openLoop.addedP99Ms()));
	}

	// The cells in the order of the header: request, figure, direct, nginx, gateway,
	// gateway / nginx, gateway /
	// direct, added; nginx's two columns are dropped when it did not run.
	private void row(String... cells) {
		List<String> shown = new ArrayList<>(List.of(cells));
		if (!this.nginx) {
			shown.remove(5);
			shown.remove(3);
		}
		this.out.append("| ").append(String.join(" | ", shown)).append(" |\n");
	}

	private static String added(double p50, double p99) {
		return String.format(Locale.ROOT, "%+.2f / %+.2f", p50, p99);
	}

	private static String times(double ratio) {
		return String.format(Locale.ROOT, "%.1f×", ratio);
	}

}
