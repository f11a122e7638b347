package org.mauticapi.bench.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.bench.load.LatencyResult;
import org.mauticapi.bench.load.WrkResult;

/**
 * How figures are written into the JSON file: numbers without units, rounded to what the
 * measurement can tell, null for what was not measured.
 */
final class JsonFigures {

	private JsonFigures() {
	}

	static void wrk(ObjectNode node, WrkResult result) {
		put(node, "rps", result.rps());
		put(node, "p50_ms", result.p50Ms());
		put(node, "p90_ms", result.p90Ms());
		put(node, "p99_ms", result.p99Ms());
		put(node, "p999_ms", result.p999Ms());
		put(node, "max_ms", result.maxMs());
		node.put("requests", result.requests());
		node.put("errors", result.errors());
		node.put("non_2xx", result.non2xx());
	}

	static void latency(ObjectNode node, LatencyResult result) {
		put(node, "target_rps", result.targetRps());
		put(node, "achieved_rps", result.achievedRps());
		put(node, "p50_ms", result.p50Ms());
		put(node, "p90_ms", result.p90Ms());
		put(node, "p99_ms", result.p99Ms());
		put(node, "p999_ms", result.p999Ms());
		put(node, "max_ms", result.maxMs());
		node.put("requests", result.measured());
		node.put("errors", result.errors());
	}

	static void put(ObjectNode node, String key, @Nullable Number value) {
		if (value == null) {
			node.putNull(key);
		}
		else if (value instanceof Double number) {
			node.put(key, round(number));
		}
		else {
			node.put(key, value.longValue());
		}
	}

	static BigDecimal round(double value) {
		return BigDecimal.valueOf(value)
			.setScale((Math.abs(value) >= 100) ? 1 : 3, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

}
