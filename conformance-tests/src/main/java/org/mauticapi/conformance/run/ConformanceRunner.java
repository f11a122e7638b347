package org.mauticapi.conformance.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cucumber.junit.platform.engine.CucumberTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.mauticapi.contract.MauticApiContract;

import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.report.ConsoleSummary;
import org.mauticapi.conformance.report.CoverageReport;
import org.mauticapi.conformance.report.ProgressListener;
import org.mauticapi.conformance.report.RunFacts;
import org.mauticapi.conformance.report.RunResult;
import org.mauticapi.conformance.report.SkippedGroup;
import org.mauticapi.conformance.shape.AnswerShapes;

/**
 * Runs the features against one target through the JUnit Platform (Cucumber's engine,
 * nothing else), writes the reports and cleans up: what the run created is deleted after
 * each scenario, again at the end, and by a shutdown hook when the run is interrupted.
 * The CLI and the build's tests both run the kit through here, so a target is nothing
 * more than a {@link ConformanceConfig}.
 */
public final class ConformanceRunner {

	/** The package the features are packaged under, inside the kit's jar. */
	public static final String FEATURES_PACKAGE = "features";

	private static final String GLUE_PACKAGE = "org.mauticapi.conformance.glue";

	private final PrintStream out;

	public ConformanceRunner(PrintStream out) {
		this.out = out;
	}

	/**
	 * Runs the kit.
	 * @param config the target and options
	 * @return the outcome; the reports are in {@code config.reportDir()}
	 * @throws org.mauticapi.conformance.http.TargetException when the target cannot be
	 * reached, is not Mautic's API or refuses the credentials
	 */
	public synchronized RunResult run(ConformanceConfig config) {
		OffsetDateTime startedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		long start = System.nanoTime();
		MauticHttp http = new MauticHttp(config.baseUrl(), config.credentials());
		Optional<MauticVersion> version = TargetProbe.version(http);
		ConformanceRun run = new ConformanceRun(config, RunMarker.create(), version.orElse(null), Contract.CONTRACT,
				Contract.SHAPES, http);
		this.out.println("Target " + config.baseUrl() + " ("
				+ version.map((v) -> "Mautic " + v).orElse("no Mautic-Version header") + "), " + config.credentials()
				+ ", marker " + run.marker());
		ScenarioSelection selection = new ScenarioSelection(config, version.orElse(null));
		Thread cleanupOnInterrupt = new Thread(() -> run.owned().deleteAll(), "conformance-cleanup");
		Runtime.getRuntime().addShutdownHook(cleanupOnInterrupt);
		ConformanceRun.install(run);
		ProgressListener progress = new ProgressListener(this.out);
		List<String> residue = new ArrayList<>();
		try {
			Launcher launcher = launcher();
			TestPlan plan = launcher.discover(request(config, selection));
			selection.leftOut().forEach((group) -> this.out.println("Not run: " + describe(group)));
			launcher.execute(plan, progress);
		}
		finally {
			run.owned().sweep();
			residue.addAll(run.owned().deleteAll());
			ConformanceRun.install(null);
			Runtime.getRuntime().removeShutdownHook(cleanupOnInterrupt);
		}
		RunFacts facts = new RunFacts(config.baseUrl().toString(), version.map(MauticVersion::text).orElse(null),
				run.marker(), startedAt, Duration.ofNanos(System.nanoTime() - start), config.allowWrites());
		CoverageReport coverage = new CoverageReport(facts, run.coverage().matrix(notExercisedReason(config)));
		coverage.writeTo(config.reportDir());
		RunResult result = new RunResult(progress.counts(), coverage, run.coverage().failures(), selection.leftOut(),
				run.coverage().skipped(), residue);
		new ConsoleSummary(this.out).print(result, config.reportDir());
		return result;
	}

	// Loading the contract and compiling its schemas takes seconds: done once per JVM,
	// and only once the probe has
	// shown that the target is one to check.
	private static final class Contract {

		static final MauticApiContract CONTRACT = MauticApiContract.load();

		static final AnswerShapes SHAPES = new AnswerShapes(CONTRACT);

	}

	private static String describe(SkippedGroup group) {
		return group.scenarios().size() + ((group.scenarios().size() == 1) ? " scenario, " : " scenarios, ")
				+ group.reason();
	}

	private static String notExercisedReason(ConformanceConfig config) {
		return config.allowWrites() ? "no selected scenario calls it"
				: "exercised only by scenarios that write: run with --allow-writes";
	}

	private static Launcher launcher() {
		// Only Cucumber's engine: a test engine that happens to be on the classpath must
		// not run in the kit.
		return LauncherFactory.create(LauncherConfig.builder()
			.enableTestEngineAutoRegistration(false)
			.enableLauncherSessionListenerAutoRegistration(false)
			.enableLauncherDiscoveryListenerAutoRegistration(false)
			.enablePostDiscoveryFilterAutoRegistration(false)
			.enableTestExecutionListenerAutoRegistration(false)
			.addTestEngines(new CucumberTestEngine())
			.build());
	}

	private static LauncherDiscoveryRequest request(ConformanceConfig config, ScenarioSelection selection) {
		DiscoverySelector features = (config.featuresDir() != null)
				? DiscoverySelectors.selectDirectory(config.featuresDir().toFile())
				: DiscoverySelectors.selectPackage(FEATURES_PACKAGE);
		String reports = config.reportDir().toAbsolutePath().toString();
		return LauncherDiscoveryRequestBuilder.request()
			.selectors(features)
			.filters(selection)
			.configurationParameter("cucumber.glue", GLUE_PACKAGE)
			.configurationParameter("cucumber.plugin",
					"html:" + reports + "/cucumber.html, json:" + reports + "/cucumber.json, junit:" + reports
							+ "/junit.xml, " + ScenarioEvents.class.getName())
			.configurationParameter("cucumber.publish.quiet", "true")
			.configurationParameter("cucumber.junit-platform.naming-strategy", "long")
			.build();
	}

}
