package org.mauticapi.conformance.glue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

import org.mauticapi.conformance.run.ConformanceRun;
import org.mauticapi.conformance.run.MauticVersion;

/**
 * Skips what the target cannot do or the run may not do, and deletes what each scenario created.
 */
public class Hooks {

	// "@since-5.1": the scenario needs Mautic 5.1 or later.
	private static final Pattern SINCE = Pattern.compile("^@since-(\\d+(?:\\.\\d+)*)$");

	private final ConformanceRun run = ConformanceRun.current();

	@Before
	public void skipWhatTheTargetVersionLacks(Scenario scenario) {
		for (String tag : scenario.getSourceTagNames()) {
			Matcher since = SINCE.matcher(tag);
			if (since.matches()) {
				MauticVersion needed = MauticVersion.parse(since.group(1)).orElseThrow();
				this.run.targetVersion()
					.filter((version) -> !version.isAtLeast(needed))
					.ifPresent((version) -> {
						throw new TestAbortedException("the target runs Mautic " + version + "; this exists from Mautic "
								+ needed);
					});
			}
		}
	}

	@Before("@writes")
	public void skipWritesUnlessAllowed() {
		if (!this.run.config().allowWrites()) {
			throw new TestAbortedException("writes are not allowed: run with --allow-writes");
		}
	}

	@After
	public void deleteWhatTheScenarioCreated(Scenario scenario) {
		List<String> problems = this.run.owned().deleteAll();
		problems.forEach(scenario::log);
	}

}
