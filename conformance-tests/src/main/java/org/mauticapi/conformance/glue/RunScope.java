package org.mauticapi.conformance.glue;

import org.mauticapi.conformance.run.ConformanceRun;

/**
 * The run in progress, as the steps of one scenario see it. Pico-container creates one
 * per scenario and injects it into whatever needs the run, so that no step class reaches
 * for it on its own.
 */
public final class RunScope {

	private final ConformanceRun run;

	public RunScope() {
		this.run = ConformanceRun.active();
	}

	ConformanceRun run() {
		return this.run;
	}

	String marker() {
		return this.run.marker();
	}

	boolean writesAllowed() {
		return this.run.config().allowWrites();
	}

}
