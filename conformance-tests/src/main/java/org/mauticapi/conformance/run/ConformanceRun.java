package org.mauticapi.conformance.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.mauticapi.contract.MauticApiContract;

import org.mauticapi.conformance.http.CurlCommand;
import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.ownership.OwnedEntities;
import org.mauticapi.conformance.report.CoverageRecorder;
import org.mauticapi.conformance.report.ScenarioJournal;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * The state of the run in progress, shared by every scenario: the target, the marker,
 * what the run created, the journal of the scenario in progress and the coverage so far.
 *
 * <p>
 * Cucumber, not the kit, creates the step classes (through pico-container, one set per
 * scenario) and the plugin that follows the steps, so neither can be handed the run by
 * the runner. {@link #active()} is the single hand-over point: the glue's
 * {@code RunScope} (which pico injects into every step class) and {@link ScenarioEvents}
 * read it, nothing else. Runs are sequential; the runner installs one before launching
 * the features and removes it afterwards.
 */
public final class ConformanceRun {

	private static volatile @Nullable ConformanceRun active;

	private final ConformanceConfig config;

	private final String marker;

	private final @Nullable MauticVersion targetVersion;

	private final AnswerShapes shapes;

	private final MauticHttp http;

	private final OwnedEntities owned;

	private final CoverageRecorder coverage;

	private final ScenarioJournal journal;

	private final Map<String, Object> discoveries = new HashMap<>();

	ConformanceRun(ConformanceConfig config, String marker, @Nullable MauticVersion targetVersion,
			MauticApiContract contract, AnswerShapes shapes, MauticHttp http) {
		this.config = config;
		this.marker = marker;
		this.targetVersion = targetVersion;
		this.shapes = shapes;
		this.http = http;
		this.owned = new OwnedEntities(http, marker);
		this.coverage = new CoverageRecorder(contract);
		this.journal = new ScenarioJournal(contract,
				(exchange) -> CurlCommand.of(http.baseUrl(), http.credentials(), exchange));
	}

	/**
	 * The run in progress.
	 * @return the run
	 * @throws IllegalStateException when the features run without the kit's runner
	 */
	public static ConformanceRun active() {
		ConformanceRun run = active;
		if (run == null) {
			throw new IllegalStateException(
					"No conformance run in progress: start the features with ConformanceRunner");
		}
		return run;
	}

	static void install(@Nullable ConformanceRun run) {
		active = run;
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

	/**
	 * How answers are checked against the contract.
	 * @return the checker
	 */
	public AnswerShapes shapes() {
		return this.shapes;
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
	 * Something found on the target once per run (a contact with notes, a point group),
	 * looked for on first use.
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
