package org.mauticapi.bench.load;

/**
 * What an open-loop run at a fixed rate measured. Each latency is taken from the moment
 * the request was due, not from when it was sent, so that a stall delays every request
 * scheduled behind it (no coordinated omission).
 *
 * @param targetRps the rate asked for
 * @param achievedRps requests completed per second of the measured interval
 * @param measured requests measured (after warm-up)
 * @param errors failed requests and answers that were not 2xx
 * @param p50Ms median latency
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs the slowest request
 */
public record LatencyResult(double targetRps, double achievedRps, long measured, long errors, double p50Ms,
		double p90Ms, double p99Ms, double p999Ms, double maxMs) {

}
