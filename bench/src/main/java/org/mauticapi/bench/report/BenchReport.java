package org.mauticapi.bench.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.mauticapi.bench.report.Figures.FanOut;
import org.mauticapi.bench.report.Figures.GraphQlRun;
import org.mauticapi.bench.report.Figures.Memory;
import org.mauticapi.bench.report.Figures.OpenLoopPair;
import org.mauticapi.bench.report.Figures.RestPair;
import org.mauticapi.bench.report.Figures.Startup;

/**
 * Everything one run measured, filled in section by section; a section that was not run
 * stays empty.
 */
public final class BenchReport {

	private final LocalDateTime time;

	private final MachineDescription machine;

	private final RunSettings settings;

	private final List<RestPair> rest = new ArrayList<>();

	private @Nullable OpenLoopPair openLoop;

	private final List<GraphQlRun> graphql = new ArrayList<>();

	private @Nullable FanOut fanOut;

	private @Nullable Memory memory;

	private @Nullable Startup startup;

	private @Nullable Startup sandboxStartup;

	private @Nullable String nginxConfig;

	private final List<RestPair> sandbox = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	public BenchReport(LocalDateTime time, MachineDescription machine, RunSettings settings) {
		this.time = time;
		this.machine = machine;
		this.settings = settings;
	}

	public LocalDateTime time() {
		return this.time;
	}

	public MachineDescription machine() {
		return this.machine;
	}

	public RunSettings settings() {
		return this.settings;
	}

	public List<RestPair> rest() {
		return this.rest;
	}

	public @Nullable OpenLoopPair openLoop() {
		return this.openLoop;
	}

	public void openLoop(OpenLoopPair openLoop) {
		this.openLoop = openLoop;
	}

	public List<GraphQlRun> graphql() {
		return this.graphql;
	}

	public @Nullable FanOut fanOut() {
		return this.fanOut;
	}

	public void fanOut(FanOut fanOut) {
		this.fanOut = fanOut;
	}

	public @Nullable Memory memory() {
		return this.memory;
	}

	public void memory(Memory memory) {
		this.memory = memory;
	}

	public @Nullable Startup startup() {
		return this.startup;
	}

	public void startup(Startup startup) {
		this.startup = startup;
	}

	/**
	 * Starts of the gateway with its embedded demo sandbox (no {@code mautic.base-url}).
	 * @return the starts, if measured
	 */
	public @Nullable Startup sandboxStartup() {
		return this.sandboxStartup;
	}

	public void sandboxStartup(Startup sandboxStartup) {
		this.sandboxStartup = sandboxStartup;
	}

	/**
	 * The configuration nginx ran with, when it was in the comparison.
	 * @return its file, as shown
	 */
	public @Nullable String nginxConfig() {
		return this.nginxConfig;
	}

	public void nginxConfig(String nginxConfig) {
		this.nginxConfig = nginxConfig;
	}

	/**
	 * REST pass-through against the sandbox, an upstream that does real work (extra
	 * rows).
	 * @return the pairs
	 */
	public List<RestPair> sandbox() {
		return this.sandbox;
	}

	/**
	 * Remarks on the run (errors seen, parts skipped), printed under the table.
	 * @return the notes
	 */
	public List<String> notes() {
		return this.notes;
	}

	/**
	 * The REST pair the headline figures are taken from: the single contact.
	 * @return the first REST pair, if any
	 */
	public @Nullable RestPair headlineRest() {
		return this.rest.isEmpty() ? null : this.rest.get(0);
	}

}
