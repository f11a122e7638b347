package org.mauticapi.bench.report;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.bench.report.Figures.NginxRun;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;

import static org.mauticapi.bench.report.JsonFigures.latency;
import static org.mauticapi.bench.report.JsonFigures.put;
import static org.mauticapi.bench.report.JsonFigures.wrk;

/**
 * The REST section of the JSON file: the headline keys from {@code GET /api/contacts/47}
 * (direct, nginx, gateway, and the ratios issues 7 and 12 name), then each request's
 * figures under {@code endpoints}.
 */
final class RestJson {

	private RestJson() {
	}

	static void rest(ObjectNode rest, BenchReport report) {
		RestPair headline = report.headlineRest();
		NginxRun nginx = (headline != null) ? headline.nginx() : null;
		put(rest, "direct_rps", (headline != null) ? headline.direct().rps() : null);
		put(rest, "gateway_rps", (headline != null) ? headline.gateway().rps() : null);
		put(rest, "gateway_share", (headline != null) ? headline.share() : null);
		put(rest, "gateway_cpu_ms_per_request", (headline != null) ? headline.cpu().gatewayMs() : null);
		put(rest, "nginx_rps", (nginx != null) ? nginx.result().rps() : null);
		put(rest, "nginx_cpu_ms_per_request", (nginx != null) ? nginx.nginxCpuMs() : null);
		put(rest, "gateway_vs_nginx", (headline != null) ? headline.nginxShare() : null);
		put(rest, "gateway_cpu_vs_nginx", (headline != null) ? headline.cpuOverNginx() : null);
		openLoop(rest, report.openLoop());
		rest.put("nginx_config", report.nginxConfig());
		ObjectNode endpoints = rest.putObject("endpoints");
		report.rest().forEach((pair) -> pair(endpoints.putObject(pair.key()), pair));
	}

	private static void openLoop(ObjectNode rest, @Nullable OpenLoopPair openLoop) {
		put(rest, "direct_p99_ms", (openLoop != null) ? openLoop.direct().p99Ms() : null);
		put(rest, "gateway_p99_ms", (openLoop != null) ? openLoop.gateway().p99Ms() : null);
		put(rest, "added_p99_ms", (openLoop != null) ? openLoop.addedP99Ms() : null);
		put(rest, "added_p50_ms", (openLoop != null) ? openLoop.addedP50Ms() : null);
		put(rest, "nginx_p99_ms", (openLoop != null && openLoop.nginx() != null) ? openLoop.nginx().p99Ms() : null);
		put(rest, "nginx_added_p99_ms", (openLoop != null) ? openLoop.nginxAddedP99Ms() : null);
		put(rest, "rate_rps", (openLoop != null) ? openLoop.gateway().targetRps() : null);
		if (openLoop != null) {
			ObjectNode fixedRate = rest.putObject("fixed_rate");
			fixedRate.put("request", openLoop.request());
			latency(fixedRate.putObject("direct"), openLoop.direct());
			if (openLoop.nginx() != null) {
				latency(fixedRate.putObject("nginx"), openLoop.nginx());
			}
			latency(fixedRate.putObject("gateway"), openLoop.gateway());
		}
	}

	static void pair(ObjectNode node, RestPair pair) {
		node.put("request", pair.request());
		wrk(node.putObject("direct"), pair.direct());
		if (pair.nginx() != null) {
			wrk(node.putObject("nginx"), pair.nginx().result());
		}
		wrk(node.putObject("gateway"), pair.gateway());
		put(node, "gateway_share", pair.share());
		put(node, "gateway_vs_nginx", pair.nginxShare());
		put(node, "gateway_cpu_vs_nginx", pair.cpuOverNginx());
		ObjectNode cpu = node.putObject("cpu_ms_per_request");
		put(cpu, "upstream_direct", pair.cpu().upstreamDirectMs());
		if (pair.nginx() != null) {
			put(cpu, "nginx", pair.nginx().nginxCpuMs());
			put(cpu, "upstream_via_nginx", pair.nginx().upstreamCpuMs());
		}
		put(cpu, "gateway", pair.cpu().gatewayMs());
		put(cpu, "upstream_via_gateway", pair.cpu().upstreamViaGatewayMs());
		put(node, "added_p50_ms", pair.gateway().p50Ms() - pair.direct().p50Ms());
		put(node, "added_p99_ms", pair.gateway().p99Ms() - pair.direct().p99Ms());
	}

}
