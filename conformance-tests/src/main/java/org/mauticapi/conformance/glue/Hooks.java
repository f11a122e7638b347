package org.mauticapi.conformance.glue;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;

import org.mauticapi.conformance.ownership.OwnedEntities;

/**
 * Deletes what each scenario created, so that a run against a real instance leaves
 * nothing behind.
 */
public class Hooks {

	private final OwnedEntities owned;

	public Hooks(RunScope scope) {
		this.owned = scope.run().owned();
	}

	@After
	public void deleteWhatTheScenarioCreated(Scenario scenario) {
		this.owned.deleteNew().forEach(scenario::log);
	}

}
