package org.mauticapi.conformance.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.MauticApiContract;

import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.ownership.OwnedEntities;
import org.mauticapi.conformance.report.CoverageRecorder;
import org.mauticapi.conformance.report.ScenarioJournal;

/**
 * The state of the run in progress, shared by every scenario: Cucumber creates step classes per scenario, and
 * its plugins apart from them, so what lives for the whole run is reached through {@link #current()}. Runs are
 * sequential; the runner installs one before launching the features and removes it afterwards.
 */
public final class ConformanceRun {

	private static volatile @Nullable ConformanceRun current;

	private final ConformanceConfig config;

	private final String marker;

	private final @Nullable MauticVersion targetVersion;

	private final MauticApiContract contract;

	private final MauticHttp http;

	private final OwnedEntities owned;

	private final CoverageRecorder coverage;

	private final ScenarioJournal journal;

	private final Map<String, Object> discoveries = new HashMap<>();

	ConformanceRun(ConformanceConfig config, String marker, @Nullable MauticVersion targetVersion,
			MauticApiContract contract, MauticHttp http) {
		this.config = config;
		this.marker = marker;
		this.targetVersion = targetVersion;
		this.contract = contract;
		this.http = http;
		this.owned = new OwnedEntities(http, marker);
		this.coverage = new CoverageRecorder(contract);
		this.journal = new ScenarioJournal(contract);
	}

	/**
	 * The run in progress.
	 * @return the run
	 * @throws IllegalStateException when the features run without the kit's runner
	 */
	public static ConformanceRun current() {
		ConformanceRun run = current;
		if (run == null) {
			throw new IllegalStateException("No conformance run in progress: start the features with ConformanceRunner");
		}
		return run;
	}

	static void install(@Nullable ConformanceRun run) {
		current = run;
	}

	public ConformanceConfig config() {
		return this.config;
	}

	/**
	 * The marker every entity of this run carries.
	 * @return the marker
	 */
	public String marker() {
		return this.marker;
	}

	/**
	 * The target's Mautic version, from its {@code Mautic-Version} header.
	 * @return the version, empty when the target does not say
	 */
	public Optional<MauticVersion> targetVersion() {
		return Optional.ofNullable(this.targetVersion);
	}

	public MauticApiContract contract() {
		return this.contract;
	}

	public MauticHttp http() {
		return this.http;
	}

	public OwnedEntities owned() {
		return this.owned;
	}

	public CoverageRecorder coverage() {
		return this.coverage;
	}

	/**
	 * What the scenario in progress did.
	 * @return the journal
	 */
	public ScenarioJournal journal() {
		return this.journal;
	}

	/**
	 * Something discovered on the target once per run (a contact with notes, a point group), computed on first use.
	 * @param key what was looked for
	 * @param discovery how to find it
	 * @param <T> its type
	 * @return what was found
	 */
	@SuppressWarnings("unchecked")
	public synchronized <T> T discovered(String key, Supplier<T> discovery) {
		// Not computeIfAbsent: one discovery may build on another.
		if (!this.discoveries.containsKey(key)) {
			this.discoveries.put(key, discovery.get());
		}
		return (T) this.discoveries.get(key);
	}

}
