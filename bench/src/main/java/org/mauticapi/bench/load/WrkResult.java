package org.mauticapi.bench.load;

import java.util.HashMap;
import java.util.Map;

/**
 * What one wrk run measured: throughput at saturation and the latency distribution
 * (closed loop: wrk waits for each answer before sending the next on a connection, so
 * these latencies are at saturation, not at a chosen rate).
 *
 * @param requests requests completed
 * @param seconds how long the run lasted
 * @param errors connection, read, write and timeout errors
 * @param non2xx answers that were not 2xx or 3xx
 * @param p50Ms median latency
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs the slowest request
 */
public record WrkResult(long requests, double seconds, long errors, long non2xx, double p50Ms, double p90Ms,
		double p99Ms, double p999Ms, double maxMs) {

	private static final String MARKER = "BENCH-RESULT ";

	/**
	 * Requests per second.
	 * @return completed requests divided by the run's duration
	 */
	public double rps() {
		return (this.seconds > 0) ? this.requests / this.seconds : 0;
	}

	/**
	 * Whether every request was answered with success.
	 * @return no errors and no non-2xx answer
	 */
	public boolean clean() {
		return this.errors == 0 && this.non2xx == 0;
	}

	/**
	 * Reads the line the harness's wrk script prints in {@code done()}.
	 * @param output wrk's whole output
	 * @return the figures
	 * @throws IllegalArgumentException when the output has no such line
	 */
	public static WrkResult parse(String output) {
		int start = output.indexOf(MARKER);
		if (start == -1) {
			throw new IllegalArgumentException("wrk printed no result line; its output was:\n" + output);
		}
		int end = output.indexOf('\n', start);
		String line = output.substring(start + MARKER.length(), (end != -1) ? end : output.length()).trim();
		Map<String, Double> values = new HashMap<>();
		for (String pair : line.split("\\s+")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), Double.parseDouble(pair.substring(equals + 1)));
		}
		return new WrkResult(values.get("requests").longValue(), values.get("duration_us") / 1e6,
				(long) (values.get("errors_connect") + values.get("errors_read") + values.get("errors_write")
						+ values.get("errors_timeout")),
				values.get("errors_status").longValue(), values.get("p50_us") / 1e3, values.get("p90_us") / 1e3,
				values.get("p99_us") / 1e3, values.get("p999_us") / 1e3, values.get("max_us") / 1e3);
	}

}
