package org.mauticapi.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.bench.load.Probe;
import org.mauticapi.bench.load.Probe.Timed;
import org.mauticapi.bench.process.Servers;
import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.bench.report.Figures.Startup;

/**
 * The gateway's start-up, as the README runs it: from spawning {@code bin/mautic-gateway}
 * to its readiness answering 200, alone in front of an upstream and with its embedded
 * demo sandbox, with whether each start used the class data sharing archive the build
 * made.
 */
final class StartupBench {

	private final Servers servers;

	private final Path archive;

	private final List<String> notes;

	private final Probe probe = new Probe();

	/**
	 * @param servers what starts the gateway
	 * @param archive the class data sharing archive the build made
	 * @param notes where remarks on the starts go (the report's notes)
	 */
	StartupBench(Servers servers, Path archive, List<String> notes) {
		this.servers = servers;
		this.archive = archive;
		this.notes = notes;
	}

	/**
	 * Starts the gateway in front of an upstream some times, one after the other, and
	 * keeps the last one running.
	 * @param upstream the upstream's base URL
	 * @param runs how many starts
	 * @return the running gateway, and the starts
	 */
	Kept alone(URI upstream, int runs) {
		List<Double> millis = new ArrayList<>();
		int archiveUsed = 0;
		Started gateway = null;
		for (int i = 1; i <= runs; i++) {
			if (gateway != null) {
				gateway.close();
			}
			Console.step("Starting the gateway (" + i + " of " + runs + ")");
			gateway = this.servers.gateway(upstream);
			millis.add(gateway.startupMillis());
			archiveUsed += usedArchive(gateway) ? 1 : 0;
		}
		return new Kept(gateway, new Startup(millis, archiveUsed));
	}

	/**
	 * Starts the gateway with no upstream (the embedded demo sandbox) some times, each
	 * stopped before the next, and checks each serves the demo data once ready.
	 * @param runs how many starts
	 * @return the starts
	 */
	Startup withSandbox(int runs) {
		List<Double> millis = new ArrayList<>();
		int archiveUsed = 0;
		for (int i = 1; i <= runs; i++) {
			Console.step("Starting the gateway with its embedded demo sandbox (" + i + " of " + runs + ")");
			try (Started gateway = this.servers.gateway(null)) {
				millis.add(gateway.startupMillis());
				archiveUsed += usedArchive(gateway) ? 1 : 0;
				checkDemoData(gateway);
			}
		}
		return new Startup(millis, archiveUsed);
	}

	private boolean usedArchive(Started gateway) {
		boolean used = gateway.process().maps(this.archive);
		Console.detail("ready after", String.format("%.0f ms%s", gateway.startupMillis(),
				used ? "" : " (without the class data sharing archive " + this.archive + ")"));
		return used;
	}

	// Readiness is what the figure times: it must mean the demo data is there, not only
	// that the port is open.
	private void checkDemoData(Started gateway) {
		Timed answer = this.probe.send(gateway.baseUrl().resolve("/api/contacts?limit=1"), RestBench.AUTHORIZATION,
				null);
		long total = (answer.status() == 200) ? JsonMapper.shared().readTree(answer.body()).path("total").asLong(0) : 0;
		if (total == 0) {
			String note = "Right after readiness, the gateway with its embedded sandbox answered GET /api/contacts?limit=1"
					+ " with HTTP " + answer.status()
					+ " and no demo contact: its start-up figure is not the time to a " + "usable demo";
			Console.detail("note", note);
			if (!this.notes.contains(note)) {
				this.notes.add(note);
			}
		}
	}

	/**
	 * A gateway kept running after its start was timed.
	 *
	 * @param gateway the running gateway
	 * @param startup every start timed
	 */
	record Kept(Started gateway, Startup startup) {
	}

}
