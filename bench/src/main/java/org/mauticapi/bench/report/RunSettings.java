package org.mauticapi.bench.report;

import java.util.List;

/**
 * How a run was driven, reported beside its figures.
 *
 * @param wrkThreads wrk's threads
 * @param wrkConnections wrk's connections
 * @param warmupSeconds the warm-up before each measured wrk run
 * @param durationSeconds each measured wrk run
 * @param openLoopSeconds the measured part of each open-loop run
 * @param gatewayJvmArguments the JVM options the gateway ran with (empty: the defaults, as a user runs it)
 * @param gatewayArguments the gateway's own settings beyond its upstream and port
 * @param trial whether this is a trial run whose figures are not to be quoted
 */
public record RunSettings(int wrkThreads, int wrkConnections, long warmupSeconds, long durationSeconds,
		long openLoopSeconds, List<String> gatewayJvmArguments, List<String> gatewayArguments, boolean trial) {

	/**
	 * One line for the report.
	 * @return the settings as text
	 */
	public String summary() {
		return "wrk -t" + this.wrkThreads + " -c" + this.wrkConnections + ", " + this.durationSeconds
				+ " s per measured run after a " + this.warmupSeconds + " s warm-up; open loop " + this.openLoopSeconds
				+ " s; gateway JVM options: "
				+ (this.gatewayJvmArguments.isEmpty() ? "none (the defaults)" : String.join(" ", this.gatewayJvmArguments))
				+ "; gateway settings: "
				+ (this.gatewayArguments.isEmpty() ? "the defaults" : String.join(" ", this.gatewayArguments));
	}

}
