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
 * @param launcherJvmOptions the JVM options {@code bin/mautic-gateway} gives the gateway
 * (its {@code jvm.options})
 * @param gatewayJvmArguments the JVM options added through {@code JAVA_OPTS} (empty:
 * none, as the README runs it)
 * @param gatewayArguments the gateway's own settings beyond its upstream and port
 * @param trial whether this is a trial run whose figures are not to be quoted
 */
public record RunSettings(int wrkThreads, int wrkConnections, long warmupSeconds, long durationSeconds,
		long openLoopSeconds, List<String> launcherJvmOptions, List<String> gatewayJvmArguments,
		List<String> gatewayArguments, boolean trial) {

	/**
	 * One line for the report.
	 * @return the settings as text
	 */
	public String summary() {
		return "wrk -t" + this.wrkThreads + " -c" + this.wrkConnections + ", " + this.durationSeconds
				+ " s per measured run after a " + this.warmupSeconds + " s warm-up; open loop " + this.openLoopSeconds
				+ " s; the gateway run by bin/mautic-gateway, with its JVM options ("
				+ String.join(" ", this.launcherJvmOptions) + ") and JAVA_OPTS "
				+ (this.gatewayJvmArguments.isEmpty() ? "unset" : String.join(" ", this.gatewayJvmArguments))
				+ "; gateway settings: "
				+ (this.gatewayArguments.isEmpty() ? "the defaults" : String.join(" ", this.gatewayArguments));
	}

}
